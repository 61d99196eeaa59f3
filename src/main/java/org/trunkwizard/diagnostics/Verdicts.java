package org.trunkwizard.diagnostics;

import java.util.Locale;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** Puts an {@link Outcome} into the sentence and fix that the window and the CLI both show. */
public final class Verdicts {

    private static final String FIELD = "address";
    private static final String PREFIX = "diagnose.verdict.";

    private Verdicts() {
    }

    /**
     * @param outcome what was found
     * @param where   the address (or {@code host:port over transport}) it concerns
     * @param status  the SIP status line, when the server answered
     */
    public static Problem of(Outcome outcome, String where, String status) {
        String key = PREFIX + keyOf(outcome);
        String message = Messages.get(key + ".message", where, status);
        String hint = Messages.get(key + ".hint", where, status);
        if (outcome == Outcome.NO_ANSWER || outcome == Outcome.TCP_BLOCKED) {
            // Silence here is exactly what an allow-list of LiveKit's addresses looks like from this computer.
            hint = hint + " " + scope();
        }
        return outcome.answered()
                ? Problem.warning(FIELD, message, hint)
                : Problem.error(FIELD, message, hint);
    }

    /** Said with every result: what this check can and cannot see. */
    public static String scope() {
        return Messages.get("diagnose.scope");
    }

    private static String keyOf(Outcome outcome) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : outcome.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
