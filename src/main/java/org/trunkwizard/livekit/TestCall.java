package org.trunkwizard.livekit;

/**
 * A test call: LiveKit dials {@code phoneNumber} through trunk {@code trunkId} and puts the callee in
 * {@code roomName}. {@code fromNumber} (empty: one of the trunk's numbers) is the caller ID. With
 * {@code waitUntilAnswered} LiveKit answers only once the callee picked up or the carrier refused, so the carrier's
 * SIP status comes back; without it LiveKit answers as soon as dialling started.
 */
public record TestCall(String trunkId, String phoneNumber, String roomName, String fromNumber,
                       boolean waitUntilAnswered) {

    public TestCall {
        fromNumber = fromNumber == null ? "" : fromNumber;
    }

    /** A call that waits for the answer, with the trunk's own caller ID. */
    public TestCall(String trunkId, String phoneNumber, String roomName) {
        this(trunkId, phoneNumber, roomName, "", true);
    }

    /** What LiveKit answered once the call was placed. */
    public record Placed(String participantId, String sipCallId, String roomName) {
    }
}
