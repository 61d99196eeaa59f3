package org.trunkwizard.carriers.setup;

import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** The admin pressed Stop: what was made so far is recorded; a rerun continues, undo removes. */
public final class SetupStoppedException extends CarrierApiException {

    private static final long serialVersionUID = 1L;

    public SetupStoppedException() {
        this("carriers.setup.stopped", "carriers.setup.stopped.hint");
    }

    private SetupStoppedException(String messageKey, String hintKey) {
        super(Problem.error("setup", Messages.get(messageKey), Messages.get(hintKey)), false, 0);
    }

    /** Stopped part way through an undo: what is not removed yet is still recorded, so undo again finishes it. */
    public static SetupStoppedException duringUndo() {
        return new SetupStoppedException("carriers.undo.stopped", "carriers.undo.stopped.hint");
    }
}
