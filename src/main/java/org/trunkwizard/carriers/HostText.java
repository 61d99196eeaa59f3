package org.trunkwizard.carriers;

import java.util.Locale;

/** Reduces what people paste (a SIP URI, a host with a port, stray spaces) to the parts the parsers look at. */
final class HostText {

    /** Host (lower case) and port (empty when none) of {@code sip:user@Host:5060;transport=tcp}. */
    record HostPort(String host, String port) {
    }

    private HostText() {
    }

    static HostPort split(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("sips:")) {
            t = t.substring(5);
        } else if (t.startsWith("sip:")) {
            t = t.substring(4);
        }
        t = t.replaceFirst("^//", "");
        int at = t.lastIndexOf('@');
        if (at >= 0) {
            t = t.substring(at + 1);
        }
        t = cutAt(cutAt(cutAt(t, ';'), '?'), '/');
        String port = "";
        int colon = t.lastIndexOf(':');
        if (colon >= 0 && t.indexOf(':') == colon) {
            port = t.substring(colon + 1);
            t = t.substring(0, colon);
        }
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return new HostPort(t, port);
    }

    static boolean isWebUrl(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("wss://") || t.startsWith("ws://") || t.startsWith("https://") || t.startsWith("http://");
    }

    /** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
    static boolean isLabel(String s) {
        return s.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    }

    private static String cutAt(String s, char c) {
        int i = s.indexOf(c);
        return i >= 0 ? s.substring(0, i) : s;
    }
}
