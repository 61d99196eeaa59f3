package org.trunkwizard.carriers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.CallFailure;
import org.trunkwizard.trunk.Carrier;

/**
 * The one place that says what a test call's outcome means: a SIP status, or LiveKit's words when there was none
 * (livekit/sip outbound.go), turned into an explanation and a fix the user can act on. The livekit package only
 * reports the facts. Messages live under {@code carriers.call.<kind>}; a carrier-specific fix, when there is one,
 * under {@code carriers.call.<kind>.fix.<CARRIER>}; an explanation for a failure without a SIP status, when the
 * usual one quotes the status, under {@code carriers.call.<kind>.noStatus}.
 */
public final class CallOutcomes {

    /** LiveKit's own wording ("INVITE failed: sip status: 486: Busy Here"), for servers that send no meta. */
    private static final Pattern STATUS_IN_TEXT =
            Pattern.compile("(?i)\\bsip (?:status(?: code)?)?[:= ]*(\\d{3})\\b");
    private static final Pattern INTERMEDIATE = Pattern.compile("\\((\\d+) intermediate");
    private static final String KEY = "carriers.call.";

    private CallOutcomes() {
    }

    /** The outcome of a final SIP response. */
    public static CallOutcome fromSipStatus(int status, Carrier carrier) {
        return outcome(kindOf(status), status, carrier);
    }

    /**
     * The one explanation of a failed test call, for the window and the CLI alike: from what LiveKit reported
     * (Twirp code, {@code meta.sip_status_code}, LiveKit's own words), never from this tool's sentences about it.
     * Empty when the failure is not the call's own, so the caller keeps LiveKit's explanation of the request.
     */
    public static Optional<CallOutcome> explain(CallFailure failure, Carrier carrier) {
        return failure == null ? Optional.empty()
                : explain(failure.twirpCode(), failure.message(), failure.sipStatus(), carrier);
    }

    /**
     * The outcome of a failed call when it is the call's own (the carrier's answer, or no answer at all); empty
     * when it is not (no permission, a malformed request, LiveKit down), so the caller keeps LiveKit's explanation.
     *
     * @param sipStatus the carrier's final status, 0 when LiveKit reported none; then LiveKit's own wording
     *                  ("sip status: 486") is looked at, and after it the Twirp code
     */
    public static Optional<CallOutcome> explain(String twirpCode, String message, int sipStatus, Carrier carrier) {
        String msg = message == null ? "" : message.toLowerCase(Locale.ROOT);
        String code = twirpCode == null ? "" : twirpCode.strip().toLowerCase(Locale.ROOT);
        int status = sipStatus > 0 ? sipStatus : statusIn(msg);
        if (status > 0) {
            return Optional.of(fromSipStatus(status, carrier));
        }
        return kindWithoutStatus(code, msg).map(kind -> outcome(kind, 0, carrier));
    }

    private static Optional<CallOutcome.Kind> kindWithoutStatus(String code, String msg) {
        if (msg.contains("max auth retry")) {
            return Optional.of(CallOutcome.Kind.AUTH_FAILED);
        }
        if (msg.contains("required auth") && msg.contains("no username or password")) {
            return Optional.of(CallOutcome.Kind.NO_CREDENTIALS);
        }
        if (msg.contains("transaction failed to complete")) {
            // Provisional answers (100 Trying, 180 Ringing) mean the carrier was reached and nobody picked up.
            Matcher m = INTERMEDIATE.matcher(msg);
            return Optional.of(m.find() && !m.group(1).equals("0")
                    ? CallOutcome.Kind.UNANSWERED : CallOutcome.Kind.NO_RESPONSE);
        }
        if (msg.contains("timeout") || msg.contains("timed out") || code.equals("deadline_exceeded")
                || code.equals("canceled")) {
            return Optional.of(CallOutcome.Kind.NO_RESPONSE);
        }
        if (code.equals("not_found")) {
            return Optional.of(CallOutcome.Kind.WRONG_TRUNK_ID);
        }
        return Optional.empty();
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
        String who = who(carrier);
        String base = KEY + kind.name();
        String explanationKey = status == 0 && Messages.bundle().containsKey(base + ".noStatus")
                ? base + ".noStatus" : base;
        String explanation = capitalized(Messages.get(explanationKey, who, status));
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
        return new CallOutcome(kind, status, explanation, capitalized(fix));
    }

    private static String who(Carrier carrier) {
        return carrier == null ? Messages.get("carriers.call.theCarrier") : CarrierPresets.displayName(carrier);
    }

    /** "the carrier refused..." at the start of a sentence. */
    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }

    private static int statusIn(String msg) {
        Matcher m = STATUS_IN_TEXT.matcher(msg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
