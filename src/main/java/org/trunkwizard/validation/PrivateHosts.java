package org.trunkwizard.validation;

import java.util.List;
import java.util.Locale;

/**
 * Hosts that can only be on this computer or the user's own network: where a self-hosted LiveKit runs behind
 * plain http ({@code http://livekit:7880} in docker compose, {@code http://192.168.1.10:7880} on a LAN).
 * Decided from the text alone: a name is never resolved, so the answer cannot depend on someone's DNS.
 */
public final class PrivateHosts {

    /** Names that no public DNS hands out (RFC 6761/6762/8375, and the common home-router suffixes). */
    private static final List<String> LOCAL_SUFFIXES = List.of(".local", ".localhost", ".lan", ".internal",
            ".home.arpa", ".localdomain");

    private PrivateHosts() {
    }

    /** True for loopback: traffic to it never leaves the computer. */
    public static boolean isLoopback(String host) {
        String h = bare(host);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || octets(h) != null && octets(h)[0] == 127;
    }

    /**
     * True for loopback, private and link-local addresses (10/8, 172.16/12, 192.168/16, 169.254/16, the 100.64/10
     * range that VPNs such as Tailscale use, fc00::/7, fe80::/10), single-label names and local-only suffixes.
     */
    public static boolean isPrivate(String host) {
        String h = bare(host);
        if (h.isEmpty()) {
            return false;
        }
        if (isLoopback(h)) {
            return true;
        }
        int[] ip = octets(h);
        if (ip != null) {
            return ip[0] == 10 || ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31 || ip[0] == 192 && ip[1] == 168
                    || ip[0] == 169 && ip[1] == 254 || ip[0] == 100 && ip[1] >= 64 && ip[1] <= 127;
        }
        if (h.indexOf(':') >= 0) {
            return h.startsWith("fc") || h.startsWith("fd") || h.startsWith("fe8") || h.startsWith("fe9")
                    || h.startsWith("fea") || h.startsWith("feb");
        }
        return h.indexOf('.') < 0 || LOCAL_SUFFIXES.stream().anyMatch(h::endsWith);
    }

    private static String bare(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The four numbers of a dotted IPv4 literal, or null when the text is not one. */
    private static int[] octets(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
