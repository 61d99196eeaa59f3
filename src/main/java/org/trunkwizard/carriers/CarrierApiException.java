package org.trunkwizard.carriers;

import org.trunkwizard.validation.Problem;

/**
 * A carrier's API said no, or could not be reached; the problem names the carrier's error code and what to do.
 * One base for every carrier so the window and the CLI handle them alike.
 */
public class CarrierApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final boolean retryable;
    private final int status;

    protected CarrierApiException(Problem problem, boolean retryable, int status) {
        super(problem.message());
        this.problem = problem;
        this.retryable = retryable;
        this.status = status;
    }

    public Problem problem() {
        return problem;
    }

    /** Worth trying again later: a timeout, 429 or 5xx. */
    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status, or 0 when there was no reply. */
    public int status() {
        return status;
    }
}
