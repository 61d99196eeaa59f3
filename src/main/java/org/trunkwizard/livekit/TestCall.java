package org.trunkwizard.livekit;

/**
 * A test call: LiveKit dials {@code phoneNumber} through trunk {@code trunkId} and puts the callee in
 * {@code roomName}.
 */
public record TestCall(String trunkId, String phoneNumber, String roomName) {

    /** What LiveKit answered once the call was placed. */
    public record Placed(String participantId, String sipCallId, String roomName) {
    }
}
