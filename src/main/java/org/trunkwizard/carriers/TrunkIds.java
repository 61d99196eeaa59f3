package org.trunkwizard.carriers;

import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * Tells a LiveKit trunk ID ({@code ST_...}) from the IDs people paste in its place, most often the Twilio trunk SID
 * ({@code TK} + 32 hex digits) shown next to it in the Twilio Console. Only another kind of ID is refused: LiveKit
 * is the authority on its own IDs, so a trunk ID of a shape it has not issued before is sent with a warning.
 */
public final class TrunkIds {

    /** What a pasted ID looks like. */
    public enum Kind {
        LIVEKIT_TRUNK, LIVEKIT_DISPATCH_RULE, LIVEKIT_CALL, LIVEKIT_PHONE_NUMBER, LIVEKIT_PARTICIPANT, TWILIO_TRUNK_SID,
        TWILIO_OTHER_SID,
        EMPTY, UNKNOWN
    }

    /**
     * LiveKit issues {@code ST_} + 12 characters today (shortuuid's alphabet), but no client should hold the server
     * to its alphabet: any letters and digits of that length pass without a word.
     */
    private static final String USUAL_TRUNK_ID = "ST_[A-Za-z0-9]{12}";

    private TrunkIds() {
    }

    public static Kind classify(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Kind.EMPTY;
        }
        if (t.matches(USUAL_TRUNK_ID)) {
            return Kind.LIVEKIT_TRUNK;
        }
        if (t.matches("(?i)TK[0-9a-f]{32}")) {
            return Kind.TWILIO_TRUNK_SID;
        }
        if (t.matches("[A-Z]{2}[0-9a-fA-F]{32}")) {
            return Kind.TWILIO_OTHER_SID;
        }
        if (t.startsWith("SDR_")) {
            return Kind.LIVEKIT_DISPATCH_RULE;
        }
        if (t.startsWith("SCL_")) {
            return Kind.LIVEKIT_CALL;
        }
        if (t.startsWith("PN_")) {
            return Kind.LIVEKIT_PHONE_NUMBER;
        }
        if (t.startsWith("PA_")) {
            return Kind.LIVEKIT_PARTICIPANT;
        }
        return Kind.UNKNOWN;
    }

    /**
     * Nothing when {@code text} looks like a LiveKit trunk ID; an error when it cannot be one (empty, another kind of
     * ID); a warning when it is of a shape LiveKit does not usually issue, since only the server can tell.
     */
    public static Optional<Problem> check(String field, String text) {
        String t = text == null ? "" : text.strip();
        String hint = Messages.get("carriers.trunkId.hint");
        return switch (classify(t)) {
            case LIVEKIT_TRUNK -> Optional.empty();
            case EMPTY -> Optional.of(Problem.error(field, Messages.get("carriers.trunkId.required"), hint));
            case TWILIO_TRUNK_SID -> Optional.of(Problem.error(field, Messages.get("carriers.trunkId.twilioTrunk"),
                    hint));
            case TWILIO_OTHER_SID -> Optional.of(Problem.error(field,
                    Messages.get("carriers.trunkId.twilioOther", t.substring(0, 2)), hint));
            case LIVEKIT_DISPATCH_RULE -> Optional.of(Problem.error(field,
                    Messages.get("carriers.trunkId.dispatchRule"), hint));
            case LIVEKIT_CALL -> Optional.of(Problem.error(field, Messages.get("carriers.trunkId.call"), hint));
            case LIVEKIT_PHONE_NUMBER -> Optional.of(Problem.error(field,
                    Messages.get("carriers.trunkId.phoneNumber"), hint));
            case LIVEKIT_PARTICIPANT -> Optional.of(Problem.error(field,
                    Messages.get("carriers.trunkId.participant"), hint));
            case UNKNOWN -> Optional.of(Problem.warning(field, t.startsWith("ST_")
                    ? Messages.get("carriers.trunkId.unusual", t.length() - 3)
                    : Messages.get("carriers.trunkId.unknown"), hint));
        };
    }
}
