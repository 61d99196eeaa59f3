package org.trunkwizard.ui.carrier;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.setup.OwnedNumber;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.carriers.setup.SetupStep;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.ui.WizardEnv;

/**
 * One blocking call of the carrier setup, off the FX thread. Steps reach the window through the FX queue as they
 * happen; a failure always ends as words a user can read (the carrier's or LiveKit's problem, never a stack trace).
 */
abstract class SetupWork extends Task<Void> {

    private final AtomicBoolean stop = new AtomicBoolean();
    private final Consumer<SetupStep> shown;
    /** Whether a record is left for undo, read here (a file) rather than on the FX thread; null when not asked. */
    private volatile Boolean recordLeft;

    SetupWork(Consumer<SetupStep> shown) {
        this.shown = shown;
    }

    /** Honoured by the setup after the step it is on (SetupProgress). */
    void requestStop() {
        stop.set(true);
    }

    final SetupProgress progress() {
        return new SetupProgress() {
            @Override
            public void step(SetupStep step) {
                Platform.runLater(() -> shown.accept(step));
            }

            @Override
            public boolean stopRequested() {
                return stop.get();
            }
        };
    }

    @Override
    protected final Void call() throws Exception {
        try {
            work();
        } finally {
            recordLeft = readRecordLeft();
        }
        return null;
    }

    abstract void work() throws CarrierApiException, ApiException;

    /** On the worker, once the work has ended either way: whether undo has something to do now; null: not known. */
    Boolean readRecordLeft() {
        return null;
    }

    /** What {@link #readRecordLeft()} said when the work ended. */
    final Boolean recordLeftAtEnd() {
        return recordLeft;
    }

    String problemText() {
        Throwable e = getException();
        if (e instanceof CarrierApiException c) {
            return CarrierAccountWindow.problemText(c.problem());
        }
        if (e instanceof ApiException a) {
            return CarrierAccountWindow.problemText(a);
        }
        if (e instanceof NoBaseException) {
            return Messages.get("ui.carrierAccount.connect.badBase");
        }
        return Messages.get("ui.carrierAccount.unexpected", e == null ? "" : e.getClass().getSimpleName());
    }

    void startInBackground(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        t.start();
    }

    /** The carrier API base override is not one a secret may be sent to. */
    static final class NoBaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Connect: reaches LiveKit as typed on the Project page, then lists the account's numbers. */
    static final class Numbers extends SetupWork {
        private final WizardEnv env;
        private final CarrierAccountWindow.Project project;
        private final CarrierLogin login;
        private final TelnyxRegion region;
        private final SetupOpener opener;
        private volatile CarrierAccountSetup setup;
        private volatile List<OwnedNumber> numbers = List.of();
        private final CarrierKeychain rememberTo;
        private volatile String rememberNote = "";

        /** @param rememberTo where to save the login once the carrier accepted it; null keeps it in memory only */
        Numbers(WizardEnv env, CarrierAccountWindow.Project project, CarrierLogin login, TelnyxRegion region,
                CarrierKeychain rememberTo, SetupOpener opener) {
            super(s -> { });
            this.opener = opener;
            this.env = env;
            this.project = project;
            this.login = login;
            this.region = region;
            this.rememberTo = rememberTo;
        }

        @Override
        void work() throws CarrierApiException, ApiException {
            var livekit = env.services().connect(project.url().strip(), project.apiKey().strip(),
                    project.apiSecret().strip());
            CarrierAccountSetup s = opener.open(login, env.carrierEnv(), livekit, env.carrierFolder(), region)
                    .orElseThrow(NoBaseException::new);
            numbers = s.numbers();
            setup = s;
            if (rememberTo != null) {
                try {
                    rememberTo.save(login);
                    rememberNote = Messages.get("ui.carrierAccount.remember.saved", login.carrier().displayName());
                } catch (KeychainException | ConfigFileException e) {
                    rememberNote = Messages.get("ui.carrierAccount.remember.notSaved", e.getMessage());
                }
            }
        }

        /** What became of Remember: saved, or why not; empty when it was not ticked. */
        String rememberNote() {
            return rememberNote;
        }

        CarrierAccountSetup setup() {
            return setup;
        }

        List<OwnedNumber> numbers() {
            return numbers;
        }
    }

    static final class Plan extends SetupWork {
        private final CarrierAccountSetup setup;
        private final SetupRequest request;
        private final List<SetupStep> steps = new java.util.concurrent.CopyOnWriteArrayList<>();

        Plan(CarrierAccountSetup setup, SetupRequest request) {
            super(s -> { });
            this.setup = setup;
            this.request = request;
        }

        @Override
        void work() throws CarrierApiException, ApiException {
            setup.plan(request, steps::add);
        }

        List<SetupStep> steps() {
            return steps;
        }
    }

    static final class Apply extends SetupWork {
        private final CarrierAccountSetup setup;
        private final SetupRequest request;
        private volatile SetupResult result;

        Apply(CarrierAccountSetup setup, SetupRequest request, Consumer<SetupStep> shown) {
            super(shown);
            this.setup = setup;
            this.request = request;
        }

        @Override
        void work() throws CarrierApiException, ApiException {
            result = setup.apply(request, progress());
        }

        @Override
        Boolean readRecordLeft() {
            return setup.hasRecord(request.name());
        }

        SetupResult result() {
            return result;
        }
    }

    static final class Undo extends SetupWork {
        private final CarrierAccountSetup setup;
        private final String name;

        Undo(CarrierAccountSetup setup, String name, Consumer<SetupStep> shown) {
            super(shown);
            this.setup = setup;
            this.name = name;
        }

        @Override
        void work() throws CarrierApiException, ApiException {
            setup.undo(name, progress());
        }

        @Override
        Boolean readRecordLeft() {
            return setup.hasRecord(name);
        }
    }
}
