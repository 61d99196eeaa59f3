package org.trunkwizard.ui.wizard;

import javafx.concurrent.Task;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.validation.Problem;

/** Work against LiveKit off the FX thread; a failure always ends as a Problem a user can read. */
public abstract class ServiceTask<T> extends Task<T> {

    private final WizardEnv env;
    private final String url;
    private final String key;
    private final String secret;

    /** Reads the project's values now, on the FX thread; the call itself runs later on a worker. */
    public ServiceTask(WizardEnv env, WizardModel m) {
        this.env = env;
        this.url = m.liveKitUrl.get().strip();
        this.key = m.apiKey.get().strip();
        this.secret = m.apiSecret.get().strip();
    }

    @Override
    protected final T call() throws Exception {
        return run(env.services().connect(url, key, secret));
    }

    protected abstract T run(TrunkService service) throws ApiException;

    /** The problem behind a failure, or a general one for anything unexpected (never a stack trace). */
    public Problem problem() {
        Throwable e = getException();
        if (e instanceof ApiException api) {
            return api.problem();
        }
        String what = e == null ? "" : e.getClass().getSimpleName();
        return Problem.error("", Messages.get("ui.service.unexpected", what), "");
    }

    public void startInBackground(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        t.start();
    }
}
