package org.trunkwizard.carriers.twilio;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.validation.Problem;

/** Twilio said no, or could not be reached. */
public final class TwilioException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    public TwilioException(Problem problem, boolean retryable, int status) {
        super(problem, retryable, status);
    }
}
