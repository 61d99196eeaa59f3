package org.trunkwizard.diagnostics;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a SIP response the check needs: its status line, and whether it answers our request. */
public record SipResponse(int status, String reason, String callId, int contentLength) {

    private static final Pattern STATUS_LINE = Pattern.compile("SIP/2\\.0 ([1-6]\\d\\d)(?: (.*))?");

    /** Parses the head of a response (status line and headers, without the body); empty if it is not SIP. */
    public static Optional<SipResponse> parse(String head) {
        String[] lines = head.split("\r?\n");
        Matcher m = STATUS_LINE.matcher(lines[0].strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String callId = "";
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            // Compact forms (RFC 3261 7.3.3): i = Call-ID, l = Content-Length.
            if (name.equals("call-id") || name.equals("i")) {
                callId = value;
            } else if (name.equals("content-length") || name.equals("l")) {
                try {
                    length = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    length = 0;
                }
            }
        }
        return Optional.of(new SipResponse(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).strip(),
                callId, length));
    }

    public boolean provisional() {
        return status < 200;
    }

    public String statusLine() {
        return status + (reason.isEmpty() ? "" : " " + reason);
    }
}
