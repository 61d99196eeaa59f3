package org.trunkwizard.livekit;

import java.util.Optional;
import org.trunkwizard.validation.Problem;

/**
 * A call to LiveKit failed. The message is the problem's message: never a secret, never a stack trace for users.
 * {@link #retryable()} is true when the server could not be reached or failed (timeouts, refused, 5xx): the CLI
 * exits 3 for those, 1 for refusals (bad key, invalid argument, not found). A failed test call also carries
 * {@link #callFailure()}: what LiveKit and the carrier said, for a carrier-aware explanation.
 */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final boolean retryable;
    private final transient CallFailure callFailure;

    public ApiException(Problem problem, boolean retryable, Throwable cause) {
        this(problem, retryable, cause, null);
    }

    private ApiException(Problem problem, boolean retryable, Throwable cause, CallFailure callFailure) {
        super(problem.message(), cause);
        this.problem = problem;
        this.retryable = retryable;
        this.callFailure = callFailure;
    }

    /** The same failure, with what a test call's failure said. */
    ApiException withCallFailure(CallFailure failure) {
        return new ApiException(problem, retryable, getCause(), failure);
    }

    public Problem problem() {
        return problem;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Present when a test call reached LiveKit and failed there or at the carrier. */
    public Optional<CallFailure> callFailure() {
        return Optional.ofNullable(callFailure);
    }
}
