package org.trunkwizard.livekit.server;

import java.time.Duration;

/**
 * Something the test server does wrong on purpose, for one request or all of them, or only for one Twirp method
 * ({@link #on}). {@link #slowAfterHandling} does the work first (a create really creates), then waits: the client's
 * timeout fires although the server succeeded, which is how duplicate trunks happen in real life. {@link #slow} on a
 * create does the work after the wait: the trunk lands after the client gave up.
 */
public record Fault(Kind kind, Duration delay, int status, String body, String contentType, String retryAfter,
                    String method) {

    public enum Kind { SLOW_BEFORE, SLOW_AFTER, STATUS, DROP, DROP_AFTER_HANDLING, GARBAGE, HUGE, EMPTY_REPLY,
        FOREIGN_REPLY, LANDS_WHEN_LISTED }

    /** How much a {@link #hugeStreamed} body sends at most: far past any sane client limit, and it still ends. */
    public static final long HUGE_STREAM_BYTES = 256L * 1024 * 1024;

    private Fault(Kind kind, Duration delay, int status, String body, String contentType) {
        this(kind, delay, status, body, contentType, "", "");
    }

    /** This fault, met only by requests for this Twirp method (e.g. {@code ListSIPOutboundTrunk}). */
    public Fault on(String twirpMethod) {
        return new Fault(kind, delay, status, body, contentType, retryAfter, twirpMethod);
    }

    boolean appliesTo(String twirpMethod) {
        return method.isEmpty() || method.equals(twirpMethod);
    }

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

    /**
     * A proxy or load balancer limiting the rate: 429, a plain-text body (no Twirp JSON) and, when
     * {@code retryAfter} is not empty, a {@code Retry-After} header with it.
     */
    public static Fault rateLimited(String retryAfter) {
        return new Fault(Kind.STATUS, Duration.ZERO, 429, "Too Many Requests\n", "text/plain; charset=utf-8",
                retryAfter, "");
    }

    /** Closes the connection without answering. */
    public static Fault drop() {
        return new Fault(Kind.DROP, Duration.ZERO, 0, "", "");
    }

    /** Handles the request for real (a create creates), then closes the connection: the reply is lost. */
    public static Fault dropReply() {
        return new Fault(Kind.DROP_AFTER_HANDLING, Duration.ZERO, 0, "", "");
    }

    /**
     * A create LiveKit holds, unanswered, until the next request of {@code listMethod} has read the stored items:
     * then it lands, before that list is answered. The worst moment for a retry that lists first and then creates,
     * without a fixed delay. The client that sent the create gives up meanwhile (its timeout, or Stop).
     */
    public static Fault landsWhenListed(String listMethod) {
        return new Fault(Kind.LANDS_WHEN_LISTED, Duration.ZERO, 0, listMethod, "");
    }

    /** Answers 200 with bytes that are not the promised message. */
    public static Fault garbage() {
        return new Fault(Kind.GARBAGE, Duration.ZERO, 200, "", "");
    }

    /** Answers 200 announcing a 5 GB body (Content-Length), then sends bytes until the client hangs up. */
    public static Fault hugeDeclared() {
        return new Fault(Kind.HUGE, Duration.ZERO, 200, "declared", "");
    }

    /** Answers 200 with a chunked body of no stated length that goes on and on ({@link #HUGE_STREAM_BYTES}). */
    public static Fault hugeStreamed() {
        return new Fault(Kind.HUGE, Duration.ZERO, 200, "streamed", "");
    }

    /** Handles the request for real (a create creates), then answers 200 with an empty message: no trunk ID. */
    public static Fault emptyReply() {
        return new Fault(Kind.EMPTY_REPLY, Duration.ZERO, 200, "", "");
    }

    /** Handles the request for real, then answers 200 describing another trunk (another ID, name and address). */
    public static Fault foreignReply() {
        return new Fault(Kind.FOREIGN_REPLY, Duration.ZERO, 200, "", "");
    }
}
