package org.trunkwizard.carriers.telnyx;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.validation.Problem;

/** Telnyx said no, or could not be reached. */
public final class TelnyxException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    /** Telnyx's {@code errors[0].source.pointer}, e.g. {@code /user_name}; empty when none was given. */
    private final String pointer;

    public TelnyxException(Problem problem, boolean retryable, int status) {
        this(problem, retryable, status, "");
    }

    public TelnyxException(Problem problem, boolean retryable, int status, String pointer) {
        super(problem, retryable, status);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
