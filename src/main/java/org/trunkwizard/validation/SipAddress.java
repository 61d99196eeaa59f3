package org.trunkwizard.validation;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;

/**
 * The outbound address: where LiveKit sends the calls (the carrier's SIP server). Accepts what people paste
 * ({@code sip:host}, {@code SIPS:host:5061}, {@code [2001:db8::1]:5060}, stray spaces) and reduces it to the bare
 * {@code host[:port]} LiveKit's API accepts; refuses what LiveKit would refuse or what cannot be a SIP server.
 */
public final class SipAddress {

    static final String FIELD = "address";
    private static final int MAX_HOST = 253;
    private static final Pattern SIP_SCHEME = Pattern.compile("^(?i)(sips?)\\s*:");
    private static final Pattern WEB_SCHEME = Pattern.compile("^(?i)([a-z][a-z0-9+.-]*://|(?:tel|mailto|https?|wss?):)");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4ISH = Pattern.compile("[0-9.]+");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final Pattern TRANSPORT_PARAM = Pattern.compile("(?i)transport=([a-z]+)");
    /** {@code acme.pstn.twilio.com}, or with an edge location: {@code acme.pstn.ashburn.twilio.com}. */
    private static final Pattern TWILIO_HOST = Pattern.compile("[a-z0-9][a-z0-9-]*\\.pstn(?:\\.[a-z0-9-]+)?\\.twilio\\.com");
    /** {@code sip.telnyx.com} or a regional proxy ({@code sip.telnyx.eu}, {@code sip.telnyx.com.au}...). */
    private static final Pattern TELNYX_HOST = Pattern.compile("sip\\.telnyx\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?");

    private SipAddress() {
    }

    /** Host and optional port, as read. {@code port} is -1 when none was typed. */
    private record HostPort(String host, boolean ipv6, int port) {
        String text() {
            String h = ipv6 ? "[" + host + "]" : host;
            return port < 0 ? h : h + ":" + port;
        }
    }

    public static AddressCheck check(String raw, Transport transport, Optional<Carrier> carrier) {
        String typed = raw == null ? "" : raw.strip();
        Transport t = transport == null ? Transport.AUTO : transport;
        Optional<Carrier> chosen = carrier == null ? Optional.empty() : carrier;
        List<Problem> problems = new ArrayList<>();
        String rest = typed;
        if (rest.length() > 1 && rest.startsWith("<") && rest.endsWith(">")) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        boolean sips = false;
        Matcher scheme = SIP_SCHEME.matcher(rest);
        if (scheme.find()) {
            sips = scheme.group(1).equalsIgnoreCase("sips");
            rest = rest.substring(scheme.end()).strip();
        }
        rest = tightenColons(rest);
        if (rest.isEmpty()) {
            problems.add(Problem.error(FIELD, Messages.get("address.required"), Messages.get("address.required.hint")));
            return new AddressCheck(typed, problems);
        }
        HostPort hp = read(rest, problems);
        if (hp == null) {
            return new AddressCheck(typed, problems, suggestion(rest, t, chosen));
        }
        warnAboutPlace(hp, t, sips, chosen, problems);
        checkCarrier(hp, chosen, problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new AddressCheck(errors ? typed : hp.text(), problems);
    }

    /** The host and port, or null after adding the error that explains why there are none. */
    private static HostPort read(String rest, List<Problem> problems) {
        String shown = Text.abbreviate(rest);
        Matcher web = WEB_SCHEME.matcher(rest);
        if (web.find()) {
            String lower = rest.toLowerCase(Locale.ROOT);
            boolean liveKit = lower.contains("livekit.cloud") || lower.contains("livekit-telnyx.com");
            problems.add(Problem.error(FIELD, Messages.get("address.webAddress", shown, Text.abbreviate(web.group(1))),
                    Messages.get(liveKit ? "address.webAddress.liveKit.hint" : "address.webAddress.hint")));
            return null;
        }
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            // The part before @ may hold "user:password": never repeat it.
            String after = rest.substring(at + 1);
            String host = withoutParameters(after);
            String hint = Messages.get("address.userinfo.hint", Text.abbreviate(host));
            problems.add(Problem.error(FIELD, Messages.get("address.userinfo"),
                    transportParameter(after).map(t -> hint + " " + Messages.get("address.userinfo.transport.hint", t))
                            .orElse(hint)));
            return null;
        }
        int params = indexOfAny(rest, ";?");
        if (params >= 0) {
            String host = Text.abbreviate(rest.substring(0, params));
            String hint = transportParameter(rest)
                    .map(t -> Messages.get("address.parameters.transport.hint", t, host))
                    .orElse(Messages.get("address.parameters.hint", host));
            problems.add(Problem.error(FIELD, Messages.get("address.parameters",
                    Text.abbreviate(rest.substring(params))), hint));
            return null;
        }
        if (rest.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            problems.add(Problem.error(FIELD, Messages.get("address.spaces", shown), Messages.get("address.spaces.hint")));
            return null;
        }
        if (rest.startsWith("[")) {
            return readBracketed(rest, shown, problems);
        }
        int colons = (int) rest.chars().filter(c -> c == ':').count();
        if (colons > 1) {
            if (IPV6_CHARS.matcher(rest).matches() && isIpv6(rest)) {
                return new HostPort(rest.toLowerCase(Locale.ROOT), true, -1);
            }
            problems.add(Problem.error(FIELD, Messages.get("address.ipv6", shown), Messages.get("address.ipv6.hint")));
            return null;
        }
        int colon = rest.indexOf(':');
        String host = colon < 0 ? rest : rest.substring(0, colon);
        int port = -1;
        if (colon >= 0) {
            port = port(rest.substring(colon + 1), problems);
            if (port < 0) {
                return null;
            }
        }
        String h = host(host, problems);
        return h == null ? null : new HostPort(h, false, port);
    }

    private static HostPort readBracketed(String rest, String shown, List<Problem> problems) {
        int close = rest.indexOf(']');
        String literal = close < 0 ? "" : rest.substring(1, close);
        if (close < 0 || !IPV6_CHARS.matcher(literal).matches() || !isIpv6(literal)) {
            problems.add(Problem.error(FIELD, Messages.get("address.ipv6", shown), Messages.get("address.ipv6.hint")));
            return null;
        }
        String after = rest.substring(close + 1);
        int port = -1;
        if (!after.isEmpty()) {
            if (!after.startsWith(":")) {
                problems.add(Problem.error(FIELD, Messages.get("address.ipv6", shown),
                        Messages.get("address.ipv6.hint")));
                return null;
            }
            port = port(after.substring(1), problems);
            if (port < 0) {
                return null;
            }
        }
        return new HostPort(literal.toLowerCase(Locale.ROOT), true, port);
    }

    /** A bracketed literal never reaches DNS: InetAddress parses it or refuses it on the spot. */
    private static boolean isIpv6(String literal) {
        try {
            return InetAddress.getByName("[" + literal + "]") instanceof java.net.Inet6Address;
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    /** 1-65535, or -1 after adding the error. */
    private static int port(String text, List<Problem> problems) {
        boolean digits = !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        int port = digits ? Integer.parseInt(text) : -1;
        if (port < 1 || port > 65535) {
            problems.add(Problem.error(FIELD, Messages.get("address.port", Text.abbreviate(text)),
                    Messages.get("address.port.hint")));
            return -1;
        }
        return port;
    }

    /** The host in lower case (international names in their xn-- form), or null after adding the error. */
    private static String host(String typed, List<Problem> problems) {
        String h = typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
        String shown = Text.abbreviate(typed);
        if (h.length() > MAX_HOST * 2) {
            problems.add(Problem.error(FIELD, Messages.get("address.hostname", shown),
                    Messages.get("address.hostname.hint")));
            return null;
        }
        if (h.chars().anyMatch(c -> c > 127)) {
            try {
                h = IDN.toASCII(h);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(FIELD, Messages.get("address.hostname", shown),
                        Messages.get("address.hostname.hint")));
                return null;
            }
        }
        h = h.toLowerCase(Locale.ROOT);
        if (IPV4ISH.matcher(h).matches()) {
            if (!isIpv4(h)) {
                problems.add(Problem.error(FIELD, Messages.get("address.ipv4", shown),
                        Messages.get("address.ipv4.hint")));
                return null;
            }
            return h;
        }
        if (h.isEmpty() || h.length() > MAX_HOST || !allLabelsValid(h)) {
            String hint = h.indexOf('_') >= 0 ? "address.hostname.underscore.hint" : "address.hostname.hint";
            problems.add(Problem.error(FIELD, Messages.get("address.hostname", shown), Messages.get(hint)));
            return null;
        }
        return h;
    }

    private static boolean allLabelsValid(String host) {
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Warnings about addresses LiveKit accepts but that will not reach the phone network as intended. */
    /**
     * The host a user-name or URI-settings error tells the user to type instead, offered only when the same rules
     * accept it. It holds no @, ; or ?, so checking it cannot come back here.
     */
    private static Optional<String> suggestion(String rest, Transport t, Optional<Carrier> carrier) {
        int at = rest.lastIndexOf('@');
        if (at < 0 && indexOfAny(rest, ";?") < 0) {
            return Optional.empty();
        }
        String candidate = withoutParameters(rest.substring(at + 1)).strip();
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        AddressCheck checked = check(candidate, t, carrier);
        return checked.hasErrors() ? Optional.empty() : Optional.of(checked.normalized());
    }

    private static String withoutParameters(String s) {
        int params = indexOfAny(s, ";?");
        return params < 0 ? s : s.substring(0, params);
    }

    /** The transport a {@code ;transport=tcp} setting asks for, upper case, when there is one. */
    private static Optional<String> transportParameter(String s) {
        int params = indexOfAny(s, ";?");
        if (params < 0) {
            return Optional.empty();
        }
        Matcher tp = TRANSPORT_PARAM.matcher(s.substring(params));
        return tp.find() ? Optional.of(tp.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static void warnAboutPlace(HostPort hp, Transport t, boolean sips, Optional<Carrier> carrier,
                                       List<Problem> problems) {
        if (isLiveKit(hp.host()) && !refusedByCarrier(carrier)) {
            problems.add(liveKitWarning(hp.host(), carrier));
        }
        if (hp.port() == 5061 && t != Transport.TLS) {
            problems.add(Problem.warning(FIELD, Messages.get("address.port5061", t.name()),
                    Messages.get("address.port5061.hint")));
        }
        if (hp.port() == 5060 && t == Transport.TLS) {
            problems.add(Problem.warning(FIELD, Messages.get("address.port5060tls"),
                    Messages.get("address.port5060tls.hint")));
        }
        if (sips && t != Transport.TLS) {
            problems.add(Problem.warning(FIELD, Messages.get("address.sips", t.name()),
                    Messages.get("address.sips.hint")));
        }
    }

    /** Twilio and Telnyx refuse any host but their own; another provider's rules are not ours to know. */
    private static boolean refusedByCarrier(Optional<Carrier> carrier) {
        return carrier.filter(c -> c == Carrier.TWILIO || c == Carrier.TELNYX).isPresent();
    }

    private static Problem liveKitWarning(String host, Optional<Carrier> carrier) {
        String hint = switch (carrier.orElse(Carrier.OTHER)) {
            case TWILIO -> Messages.get("address.liveKit.twilio.hint");
            case TELNYX -> Messages.get("address.liveKit.telnyx.hint");
            default -> Messages.get("address.liveKit.hint");
        };
        return Problem.warning(FIELD, Messages.get("address.liveKit", host), hint);
    }

    /**
     * The warning that a checked address is the project's own LiveKit address, when it is: LiveKit accepts it,
     * but calls sent there come back into LiveKit instead of reaching the phone network.
     */
    static Optional<Problem> ownLiveKitWarning(AddressCheck checked, Optional<Carrier> carrier) {
        if (checked.hasErrors()) {
            return Optional.empty();
        }
        String a = checked.normalized();
        String host = a.startsWith("[") ? a : a.indexOf(':') >= 0 ? a.substring(0, a.indexOf(':')) : a;
        Problem warning = liveKitWarning(host, carrier == null ? Optional.empty() : carrier);
        return checked.problems().contains(warning) ? Optional.of(warning) : Optional.empty();
    }

    /** LiveKit Cloud and LiveKit on Telnyx ({@code nyc1.sip.livekit-telnyx.com}): hosts that take calls in. */
    static boolean isLiveKit(String host) {
        return host.equals("livekit.cloud") || host.endsWith(".livekit.cloud") || host.endsWith(".livekit-telnyx.com");
    }

    /**
     * The carrier whose SIP host this is, when it is Twilio's or Telnyx's: their rules apply even when no carrier
     * was chosen. The typed text may be anything; only a bare host or {@code host:port} is recognised.
     */
    static Optional<Carrier> carrierOf(String address) {
        String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        String host = a.indexOf(':') >= 0 && a.indexOf(':') == a.lastIndexOf(':') ? a.substring(0, a.indexOf(':')) : a;
        if (TWILIO_HOST.matcher(host).matches()) {
            return Optional.of(Carrier.TWILIO);
        }
        return TELNYX_HOST.matcher(host).matches() ? Optional.of(Carrier.TELNYX) : Optional.empty();
    }

    private static void checkCarrier(HostPort hp, Optional<Carrier> carrier, List<Problem> problems) {
        if (carrier.isEmpty()) {
            return;
        }
        String host = hp.host();
        boolean ip = hp.ipv6() || IPV4ISH.matcher(host).matches();
        if (ip && carrier.get() == Carrier.TELNYX) {
            // One of Telnyx's signalling IPs works, but they change and differ by region: the name follows them.
            problems.add(Problem.warning(FIELD, Messages.get("address.telnyx.ip", host),
                    Messages.get("address.telnyx.ip.hint")));
            return;
        }
        if (hp.ipv6()) {
            return;
        }
        if (isLiveKit(host) && refusedByCarrier(carrier)) {
            // One error that says why (it is LiveKit's own address) and what to type, not an error and a warning
            // that both send the user to the carrier's console.
            Problem why = liveKitWarning(host, carrier);
            problems.add(Problem.error(FIELD, why.message(), why.hint()));
        } else if (carrier.get() == Carrier.TWILIO && !TWILIO_HOST.matcher(host).matches()) {
            problems.add(Problem.error(FIELD, Messages.get("address.twilio", host), Messages.get("address.twilio.hint")));
        } else if (carrier.get() == Carrier.TELNYX && !TELNYX_HOST.matcher(host).matches()) {
            String key = host.endsWith(".telnyx.com") ? "address.telnyx.subdomain" : "address.telnyx";
            problems.add(Problem.error(FIELD, Messages.get(key, host), Messages.get("address.telnyx.hint")));
        }
    }

    /** "host : 5060" is a slip, not a different address. Linear: a regex here backtracks on long blank runs. */
    private static String tightenColons(String s) {
        if (s.indexOf(':') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                int end = b.length();
                while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
                    end--;
                }
                b.setLength(end);
                b.append(':');
                while (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
