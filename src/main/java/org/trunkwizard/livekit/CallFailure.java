package org.trunkwizard.livekit;

/**
 * The facts of a failed test call as LiveKit reported them, for whoever explains call outcomes (carriers'
 * CallOutcomes, which knows each carrier's fixes). This package only reports; it does not interpret SIP statuses.
 *
 * @param twirpCode LiveKit's error code ({@code not_found}, {@code canceled}, ...)
 * @param message   LiveKit's error message, scrubbed of secrets
 * @param sipStatus the carrier's final SIP status ({@code meta.sip_status_code}), or 0 when there was none
 * @param sipReason the carrier's reason phrase ({@code meta.sip_status}), e.g. "Busy Here"; may be empty
 */
public record CallFailure(String twirpCode, String message, int sipStatus, String sipReason) {

    public CallFailure {
        twirpCode = twirpCode == null ? "" : twirpCode;
        message = message == null ? "" : message;
        sipReason = sipReason == null ? "" : sipReason;
    }
}
