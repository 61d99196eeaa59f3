package org.trunkwizard.carriers.twilio;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** Twilio said no, or could not be reached. */
public final class TwilioException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    public TwilioException(Problem problem, boolean retryable, int status) {
        super(problem, retryable, status);
    }

    /** The same refusal, saying what was being done ({@code doing}, e.g. "creating the trunk acme"). */
    TwilioException during(String doing) {
        Problem p = problem();
        TwilioException named = new TwilioException(Problem.error(p.field(),
                Messages.get("twilio.error.during", doing, p.message()), p.hint()), retryable(), status());
        named.initCause(this);
        return named;
    }
}
