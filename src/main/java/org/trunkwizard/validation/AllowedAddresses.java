package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;

/**
 * The addresses an inbound trunk takes calls from, checked more strictly than LiveKit does. LiveKit stores any text
 * and, when a call comes in, silently skips entries it cannot read as an IP or range; when none is left it takes
 * calls from ANY address (livekit/protocol sip/sip.go isValidMask, filterInvalidAddrMasks, matchAddrMasks). So a
 * typo ("192.0.2.0/24, 198.51.100.7" in one entry) would open the trunk. Accepted here: one IPv4 or IPv6 address, or
 * one CIDR range, per entry. Host names, which LiveKit compares with the caller's host name, are not accepted.
 */
public final class AllowedAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private AllowedAddresses() {
    }

    /** One problem per entry LiveKit could not use; field {@code allowed_addresses[i]}. */
    public static List<Problem> check(List<String> addresses) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String entry = addresses.get(i) == null ? "" : addresses.get(i).strip();
            if (!usable(entry)) {
                problems.add(Problem.error("allowed_addresses[" + i + "]",
                        Messages.get("validation.allowedAddress.invalid", Text.abbreviate(entry)),
                        Messages.get("validation.allowedAddress.invalid.hint")));
            }
        }
        return problems;
    }

    static boolean usable(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        String prefix = slash < 0 ? null : entry.substring(slash + 1);
        boolean v4 = IPV4.matcher(address).matches();
        boolean v6 = !v4 && address.contains(":") && IPV6_CHARS.matcher(address).matches() && isIpv6(address);
        if (!v4 && !v6) {
            return false;
        }
        if (prefix == null) {
            return true;
        }
        if (!prefix.matches("\\d{1,3}")) {
            return false;
        }
        int bits = Integer.parseInt(prefix);
        return bits <= (v4 ? 32 : 128);
    }

    private static boolean isIpv6(String address) {
        try {
            // A literal only (the characters are checked above): no name lookup happens.
            return java.net.InetAddress.getByName(address) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
