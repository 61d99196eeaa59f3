package org.trunkwizard.ui.done;

import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.ui.common.TrunkServiceFactory;
import org.trunkwizard.ui.wizard.ServiceTask;
import org.trunkwizard.ui.wizard.WizardModel;
import org.trunkwizard.validation.Problem;

/**
 * The Done page's work against LiveKit (dispatch rule, test call), off the FX thread. An adapter over the window's
 * {@link TrunkServiceFactory}: the real one gives a {@link SipSetupService} (SipApi); a service that is only a
 * TrunkService cannot do these steps, and says so instead of failing obscurely.
 */
abstract class SetupTask<T> extends ServiceTask<T> {

    SetupTask(WizardEnv env, WizardModel m) {
        super(env, m);
    }

    @Override
    protected final T run(TrunkService service) throws ApiException {
        if (service instanceof SipSetupService setup) {
            return runSetup(setup);
        }
        throw new ApiException(Problem.error("", Messages.get("ui.carriers.setup.unsupported"), ""), false, null);
    }

    protected abstract T runSetup(SipSetupService service) throws ApiException;
}
