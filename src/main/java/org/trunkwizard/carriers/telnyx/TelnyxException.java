package org.trunkwizard.carriers.telnyx;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.i18n.Messages;
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

    /** The same refusal, saying what was being done ({@code doing}, e.g. "creating the credential connection Acme"). */
    TelnyxException during(String doing) {
        Problem p = problem();
        TelnyxException named = new TelnyxException(Problem.error(p.field(),
                Messages.get("telnyx.error.during", doing, p.message()), p.hint()), retryable(), status(), pointer);
        named.initCause(this);
        return named;
    }
}
