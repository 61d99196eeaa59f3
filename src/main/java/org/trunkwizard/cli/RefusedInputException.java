package org.trunkwizard.cli;

import org.trunkwizard.validation.Problem;

/**
 * The command line is well formed but a value in it cannot work (a Twilio SID where a LiveKit trunk ID belongs):
 * exit 1 like any other refused input, not 2, since the fix is a different value, not a different syntax.
 */
public final class RefusedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    RefusedInputException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
