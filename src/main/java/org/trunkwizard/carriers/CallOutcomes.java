package org.trunkwizard.carriers;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/**
 * Turns what a test call returns (a SIP status, or LiveKit's error with {@code meta.sip_status_code}) into an
 * explanation and a fix the user can act on. Messages live under {@code carriers.call.<kind>}; a carrier-specific
 * fix, when there is one, under {@code carriers.call.<kind>.fix.<CARRIER>}.
 */
public final class CallOutcomes {

    private static final Pattern STATUS_IN_TEXT =
            Pattern.compile("(?i)\\bsip (?:status(?: code)?)?[:= ]*(\\d{3})\\b");

    private CallOutcomes() {
    }

    /** The outcome of a final SIP response. */
    public static CallOutcome fromSipStatus(int status, Carrier carrier) {
        CallOutcome.Kind kind = kindOf(status);
        return outcome(kind, status, carrier);
    }

    /**
     * The outcome of a failed CreateSIPParticipant call.
     *
     * @param twirpCode LiveKit's error code ({@code not_found}, {@code deadline_exceeded}, ...); may be null
     * @param message   LiveKit's error message; may be null
     * @param meta      LiveKit's error meta; {@code sip_status_code} is used when present; may be null
     */
    public static CallOutcome fromFailure(String twirpCode, String message, Map<String, String> meta,
            Carrier carrier) {
        String msg = message == null ? "" : message.toLowerCase(Locale.ROOT);
        String code = twirpCode == null ? "" : twirpCode.strip().toLowerCase(Locale.ROOT);
        int status = statusFrom(meta, msg);
        if (status > 0) {
            return fromSipStatus(status, carrier);
        }
        if (msg.contains("max auth retry")) {
            return outcome(CallOutcome.Kind.AUTH_FAILED, 0, carrier);
        }
        if (msg.contains("transaction failed to complete") || msg.contains("0 intermediate responses")
                || msg.contains("timeout") || msg.contains("timed out") || code.equals("deadline_exceeded")) {
            return outcome(CallOutcome.Kind.NO_RESPONSE, 0, carrier);
        }
        if (code.equals("not_found")) {
            return outcome(CallOutcome.Kind.WRONG_TRUNK_ID, 0, carrier);
        }
        return new CallOutcome(CallOutcome.Kind.OTHER, 0,
                Messages.get("carriers.call.failed", message == null || message.isBlank() ? code : message.strip()),
                Messages.get("carriers.call.OTHER.fix"));
    }

    static CallOutcome.Kind kindOf(int status) {
        if (status >= 200 && status < 300) {
            return CallOutcome.Kind.ANSWERED;
        }
        return switch (status) {
            case 401, 407 -> CallOutcome.Kind.AUTH_FAILED;
            case 402 -> CallOutcome.Kind.PAYMENT_REQUIRED;
            case 403 -> CallOutcome.Kind.FORBIDDEN;
            case 404, 484, 604 -> CallOutcome.Kind.NOT_FOUND;
            case 408 -> CallOutcome.Kind.NO_RESPONSE;
            case 480 -> CallOutcome.Kind.UNAVAILABLE;
            case 486, 600 -> CallOutcome.Kind.BUSY;
            case 487 -> CallOutcome.Kind.CANCELLED;
            case 488, 606 -> CallOutcome.Kind.MEDIA_MISMATCH;
            case 603 -> CallOutcome.Kind.DECLINED;
            case 500, 502, 503, 504 -> CallOutcome.Kind.CARRIER_DOWN;
            default -> CallOutcome.Kind.OTHER;
        };
    }

    private static CallOutcome outcome(CallOutcome.Kind kind, int status, Carrier carrier) {
        String who = carrier == null ? Messages.get("carriers.call.theCarrier") : CarrierPresets.displayName(carrier);
        String base = "carriers.call." + kind.name();
        String explanation = Messages.get(base, who, status);
        if (kind == CallOutcome.Kind.ANSWERED) {
            return new CallOutcome(kind, status, explanation, "");
        }
        String fix = Messages.get(base + ".fix", who, status);
        if (carrier != null) {
            String specificKey = base + ".fix." + carrier.name();
            if (Messages.bundle().containsKey(specificKey)) {
                fix = Messages.get(specificKey, who, status);
            }
        }
        return new CallOutcome(kind, status, explanation, fix);
    }

    private static int statusFrom(Map<String, String> meta, String msg) {
        if (meta != null) {
            String v = meta.get("sip_status_code");
            if (v != null && v.strip().matches("\\d{3}")) {
                return Integer.parseInt(v.strip());
            }
        }
        Matcher m = STATUS_IN_TEXT.matcher(msg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
