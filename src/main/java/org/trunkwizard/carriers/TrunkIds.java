package org.trunkwizard.carriers;

import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * Tells a LiveKit trunk ID ({@code ST_} + 12 base57 characters) from the IDs people paste in its place, most
 * often the Twilio trunk SID ({@code TK} + 32 hex digits) shown next to it in the Twilio Console.
 */
public final class TrunkIds {

    /** What a pasted ID looks like. */
    public enum Kind {
        LIVEKIT_TRUNK, LIVEKIT_DISPATCH_RULE, LIVEKIT_CALL, LIVEKIT_PHONE_NUMBER, TWILIO_TRUNK_SID, TWILIO_OTHER_SID,
        EMPTY, UNKNOWN
    }

    /** LiveKit's IDs use shortuuid's alphabet: no 0, 1, I, O or l. */
    static final String BASE57 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String B57 = "[" + BASE57 + "]{12}";

    private TrunkIds() {
    }

    public static Kind classify(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Kind.EMPTY;
        }
        if (t.matches("ST_" + B57)) {
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
        return Kind.UNKNOWN;
    }

    /** Nothing when {@code text} is a LiveKit trunk ID; otherwise what it is instead and where the right one is. */
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
            case UNKNOWN -> Optional.of(Problem.error(field, t.startsWith("ST_")
                    ? Messages.get("carriers.trunkId.truncated", t.length() - 3)
                    : Messages.get("carriers.trunkId.unknown"), hint));
        };
    }
}
