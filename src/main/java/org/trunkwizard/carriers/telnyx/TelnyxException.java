package org.trunkwizard.carriers.telnyx;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.validation.Problem;

/** Telnyx said no, or could not be reached. */
public final class TelnyxException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    public TelnyxException(Problem problem, boolean retryable, int status) {
        super(problem, retryable, status);
    }
}
