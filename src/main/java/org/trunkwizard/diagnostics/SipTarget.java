package org.trunkwizard.diagnostics;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The host and optional port of an address already normalized by {@code SipAddress} ({@code host},
 * {@code host:port}, {@code [v6]}, {@code [v6]:port}).
 */
public record SipTarget(String host, OptionalInt port) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public static SipTarget parse(String normalized) {
        String s = normalized.strip();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            String host = s.substring(1, close);
            String rest = s.substring(close + 1);
            return new SipTarget(host, rest.startsWith(":") ? portOf(rest.substring(1)) : OptionalInt.empty());
        }
        int colon = s.lastIndexOf(':');
        if (colon > 0 && s.indexOf(':') == colon) {
            return new SipTarget(s.substring(0, colon), portOf(s.substring(colon + 1)));
        }
        return new SipTarget(s, OptionalInt.empty());
    }

    private static OptionalInt portOf(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** An IP address has no name to look up. */
    public boolean isIpLiteral() {
        return host.contains(":") || IPV4.matcher(host).matches();
    }
}
