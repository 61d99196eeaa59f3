package org.trunkwizard.livekit;

import java.time.Duration;

/**
 * How long to wait for LiveKit. A test call waits longer: LiveKit answers only once the carrier has, which can take
 * 30 s (80 s when waiting for the callee to pick up).
 */
public record Timeouts(Duration connect, Duration read, Duration callRead) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(90));
}
