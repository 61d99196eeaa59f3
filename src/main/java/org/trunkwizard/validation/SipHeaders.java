package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/** Extra SIP headers sent with every INVITE, checked the way LiveKit's server checks them (see the facts file). */
final class SipHeaders {

    static final String FIELD = "headers";
    static final int MAX_NAME = 255;
    static final int MAX_VALUE = 1024;
    private static final String TOKEN_SYMBOLS = "-.!%*_+`'~";
    /**
     * Headers LiveKit sets itself and refuses, with their compact forms. The server lists k l m o r t u v; we also
     * refuse i, c, e and f, the compact forms of Call-ID, Content-Type, Content-Encoding and From it refuses in full.
     */
    private static final Set<String> RESERVED = Set.of("accept", "accept-encoding", "accept-language", "allow",
            "allow-events", "call-id", "contact", "content-encoding", "content-length", "content-type", "cseq",
            "event", "expires", "from", "max-forwards", "record-route", "refer-to", "reply-to",
            "k", "l", "m", "o", "r", "t", "u", "v", "i", "c", "e", "f");
    private static final Set<String> DEPRECATED = Set.of("to", "via");
    static final String TELNYX_USERNAME = "X-Telnyx-Username";

    private SipHeaders() {
    }

    record Checked(Map<String, String> normalized, List<Problem> problems) {
    }

    static Checked check(Map<String, String> headers, String username, Optional<Carrier> carrier) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : headers.entrySet()) {
            String name = e.getKey() == null ? "" : e.getKey().strip();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            checkName(name, problems);
            checkValue(name, value, problems);
            out.put(name, value);
        }
        if (carrier.orElse(Carrier.OTHER) == Carrier.TELNYX && !username.isBlank()) {
            checkTelnyxUsername(out, username.strip(), problems);
        }
        return new Checked(out, problems);
    }

    /** Telnyx's LiveKit guide: calls carry X-Telnyx-Username with the same value as the auth username. */
    private static void checkTelnyxUsername(Map<String, String> headers, String username, List<Problem> problems) {
        Optional<String> value = headers.entrySet().stream()
                .filter(e -> TELNYX_USERNAME.equalsIgnoreCase(e.getKey())).map(Map.Entry::getValue).findFirst();
        if (value.isEmpty()) {
            problems.add(Problem.warning(FIELD, Messages.get("headers.telnyxUsername", TELNYX_USERNAME),
                    Messages.get("headers.telnyxUsername.hint", TELNYX_USERNAME, username)));
        } else if (!value.get().equals(username)) {
            problems.add(Problem.warning(FIELD, Messages.get("headers.telnyxUsername.mismatch", TELNYX_USERNAME),
                    Messages.get("headers.telnyxUsername.hint", TELNYX_USERNAME, username)));
        }
    }

    private static void checkName(String name, List<Problem> problems) {
        String shown = Text.abbreviate(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            problems.add(Problem.error(FIELD, Messages.get("headers.name.empty"), Messages.get("headers.name.hint")));
        } else if (name.length() > MAX_NAME || !isToken(name)) {
            problems.add(Problem.error(FIELD, Messages.get("headers.name.invalid", shown, MAX_NAME),
                    Messages.get("headers.name.hint")));
        } else if (RESERVED.contains(lower)) {
            problems.add(Problem.error(FIELD, Messages.get("headers.name.reserved", shown),
                    Messages.get("headers.name.reserved.hint")));
        } else if (DEPRECATED.contains(lower)) {
            problems.add(Problem.warning(FIELD, Messages.get("headers.name.deprecated", shown),
                    Messages.get("headers.name.reserved.hint")));
        }
    }

    private static void checkValue(String name, String value, List<Problem> problems) {
        String shown = Text.abbreviate(name);
        if (value.length() > MAX_VALUE) {
            problems.add(Problem.error(FIELD, Messages.get("headers.value.long", shown, MAX_VALUE),
                    Messages.get("headers.value.hint")));
        } else if (value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)))) {
            problems.add(Problem.error(FIELD, Messages.get("headers.value.control", shown),
                    Messages.get("headers.value.hint")));
        }
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
