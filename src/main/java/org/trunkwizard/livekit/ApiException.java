package org.trunkwizard.livekit;

import org.trunkwizard.validation.Problem;

/**
 * A call to LiveKit failed. The message is the problem's message: never a secret, never a stack trace for users.
 * {@link #retryable()} is true when the server could not be reached or failed (timeouts, refused, 5xx): the CLI
 * exits 3 for those, 1 for refusals (bad key, invalid argument, not found).
 */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final boolean retryable;

    public ApiException(Problem problem, boolean retryable, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
        this.retryable = retryable;
    }

    public Problem problem() {
        return problem;
    }

    public boolean retryable() {
        return retryable;
    }
}
