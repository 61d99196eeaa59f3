package org.trunkwizard.ui.wizard;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.CreateOutcome;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.ui.common.FieldFeedback;
import org.trunkwizard.validation.Problem;

/**
 * Step 7: sends the trunk off the FX thread. Success goes to Done; a failure that names a field goes back to that
 * field's page with everything as typed and a Retry button; any other failure stays here with Retry.
 */
public final class CreatePage extends PageController {

    @FXML private ProgressIndicator spinner;
    @FXML private Label status;
    @FXML private Label failure;
    @FXML private Button stop;
    @FXML private Button retry;
    @FXML private Button toReview;
    private ServiceTask<CreateOutcome> running;

    @Override
    protected void init() {
    }

    @Override
    protected Node firstFocus() {
        return running != null ? stop : retry.isVisible() ? retry : null;
    }

    void start() {
        if (running != null) {
            return;
        }
        TrunkSpec spec = FieldProblems.toSend(model);
        model.serverProblem.set(null);
        ServiceTask<CreateOutcome> task = new ServiceTask<>(wizard.env(), model) {
            @Override
            protected CreateOutcome run(TrunkService service) throws ApiException {
                return service.createTrunk(spec);
            }
        };
        running = task;
        showRunning(true);
        status.setText(Messages.get("ui.create.running", spec.name()));
        task.setOnSucceeded(e -> {
            running = null;
            showRunning(false);
            CreateOutcome outcome = task.getValue();
            wizard.created(outcome.trunk().trunkId(), outcome.passwordNotChanged(spec));
        });
        task.setOnFailed(e -> {
            running = null;
            Problem p = task.problem();
            showFailure(FieldFeedback.sentence(p));
            wizard.createFailed(p);
        });
        task.setOnCancelled(e -> {
            running = null;
            model.createFailed.set(true);
            showFailure(Messages.get("ui.create.cancelled"));
        });
        task.startInBackground("create-trunk");
        stop.requestFocus();
    }

    /**
     * Esc or Stop while sending: the interrupt cancels the HTTP call itself (SipApi). A create LiveKit received
     * anyway is remembered as pending; Retry, on the same shared SipApi, waits for it and adopts it.
     */
    boolean cancelRunning() {
        if (running == null) {
            return false;
        }
        running.cancel(true);
        return true;
    }

    private void showRunning(boolean on) {
        spinner.setVisible(on);
        stop.setVisible(on);
        stop.setManaged(on);
        retry.setVisible(!on && failure.isVisible());
        retry.setManaged(retry.isVisible());
        toReview.setVisible(retry.isVisible());
        toReview.setManaged(retry.isVisible());
        if (on) {
            failure.setVisible(false);
            failure.setManaged(false);
        }
    }

    private void showFailure(String text) {
        status.setText(Messages.get("ui.create.failed"));
        failure.setText(text);
        failure.setVisible(true);
        failure.setManaged(true);
        showRunning(false);
        retry.requestFocus();
    }

    @FXML
    private void stop() {
        cancelRunning();
    }

    @FXML
    private void retry() {
        start();
    }

    @FXML
    private void toReview() {
        wizard.go(Step.REVIEW);
    }
}
