package org.trunkwizard.carriers;

import java.util.Objects;

/**
 * A test call's result in plain words.
 *
 * @param kind        what happened, for icons and tests
 * @param sipStatus   the carrier's SIP status code, or 0 when there was none (no answer at all, not a SIP failure)
 * @param explanation what happened, e.g. "Twilio refused the call (SIP 403)."
 * @param fix         what to check or change; empty when the call was answered
 */
public record CallOutcome(Kind kind, int sipStatus, String explanation, String fix) {

    /** Groups of outcomes that share a cause and a fix. */
    public enum Kind {
        ANSWERED, FORBIDDEN, AUTH_FAILED, NOT_FOUND, BUSY, UNAVAILABLE, CANCELLED, NO_RESPONSE, MEDIA_MISMATCH,
        DECLINED, PAYMENT_REQUIRED, CARRIER_DOWN, WRONG_TRUNK_ID, OTHER
    }

    public CallOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        fix = fix == null ? "" : fix;
    }

    public boolean answered() {
        return kind == Kind.ANSWERED;
    }
}
