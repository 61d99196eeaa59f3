package org.trunkwizard.carriers.setup;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** The admin pressed Stop: what was made so far is recorded; a rerun continues, undo removes. */
public final class SetupStoppedException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    public SetupStoppedException() {
        super(Problem.error("setup", Messages.get("carriers.setup.stopped"), Messages.get("carriers.setup.stopped.hint")),
                false, 0);
    }
}
