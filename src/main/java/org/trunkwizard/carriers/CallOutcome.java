package org.trunkwizard.carriers;

import java.util.Objects;
import org.trunkwizard.validation.Problem;

/**
 * A test call's result in plain words.
 *
 * @param kind        what happened, for icons and tests
 * @param sipStatus   the carrier's SIP status code, or 0 when there was none (no answer at all, not a SIP failure)
 * @param explanation what happened, e.g. "Twilio refused the call (SIP 403)."
 * @param fix         what to check or change; empty when the call was answered
 */
public record CallOutcome(Kind kind, int sipStatus, String explanation, String fix) {

    /** Groups of outcomes that share a cause and a fix, each with the field (lk JSON name) to look at first. */
    public enum Kind {
        ANSWERED("sip_call_to"), FORBIDDEN("trunk"), AUTH_FAILED("auth_password"), NO_CREDENTIALS("auth_username"),
        NOT_FOUND("sip_call_to"), BUSY("sip_call_to"), UNAVAILABLE("sip_call_to"), CANCELLED("sip_call_to"),
        UNANSWERED("sip_call_to"), NO_RESPONSE("address"), MEDIA_MISMATCH("media_encryption"),
        DECLINED("sip_call_to"), PAYMENT_REQUIRED("trunk"), CARRIER_DOWN("address"), WRONG_TRUNK_ID("sip_trunk_id"),
        OTHER("sip_call_to");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The field a problem about this outcome names. */
        public String field() {
            return field;
        }
    }

    public CallOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        fix = fix == null ? "" : fix;
    }

    public boolean answered() {
        return kind == Kind.ANSWERED;
    }

    /** The outcome as a problem on its field: the explanation, and the fix as the hint. */
    public Problem asProblem() {
        return Problem.error(kind.field(), explanation, fix);
    }
}
