package org.trunkwizard.livekit.server;

import java.time.Duration;

/**
 * Something the test server does wrong on purpose, for one request or all of them.
 * {@link #slowAfterHandling} does the work first (a create really creates), then waits: the client's timeout
 * fires although the server succeeded, which is how duplicate trunks happen in real life.
 */
public record Fault(Kind kind, Duration delay, int status, String body, String contentType) {

    public enum Kind { SLOW_BEFORE, SLOW_AFTER, STATUS, DROP, GARBAGE }

    /** Waits before doing anything. */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW_BEFORE, delay, 0, "", "");
    }

    /** Handles the request for real, then waits before answering. */
    public static Fault slowAfterHandling(Duration delay) {
        return new Fault(Kind.SLOW_AFTER, delay, 0, "", "");
    }

    /** Answers with this status and a Twirp JSON error (internal for 500, unavailable for 503...). */
    public static Fault status(int status) {
        String code = switch (status) {
            case 503 -> "unavailable";
            case 504, 408 -> "deadline_exceeded";
            case 429 -> "resource_exhausted";
            default -> "internal";
        };
        return new Fault(Kind.STATUS, Duration.ZERO, status,
                "{\"code\":\"" + code + "\",\"msg\":\"injected failure\"}", "application/json");
    }

    /** Answers with exactly this status, content type and body (e.g. a proxy's HTML page). */
    public static Fault raw(int status, String contentType, String body) {
        return new Fault(Kind.STATUS, Duration.ZERO, status, body, contentType);
    }

    /** Closes the connection without answering. */
    public static Fault drop() {
        return new Fault(Kind.DROP, Duration.ZERO, 0, "", "");
    }

    /** Answers 200 with bytes that are not the promised message. */
    public static Fault garbage() {
        return new Fault(Kind.GARBAGE, Duration.ZERO, 200, "", "");
    }
}
