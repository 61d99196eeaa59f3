package org.trunkwizard.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.trunkwizard.diagnostics.Cancellation;
import org.trunkwizard.diagnostics.Diagnosis;
import org.trunkwizard.diagnostics.Progress;
import org.trunkwizard.diagnostics.ReachabilityCheck;
import org.trunkwizard.diagnostics.Step;
import org.trunkwizard.diagnostics.StepResult;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Transport;

/**
 * "Check this address" under the Connection page's address: does the carrier's SIP server answer this computer?
 * Runs off the FX thread, shows each step as it ends, can be stopped, and explains the result in the words the
 * {@code diagnose} command prints.
 */
public final class AddressCheckPanel {

    @FXML private Button checkAddress;
    @FXML private ProgressIndicator checkSpinner;
    @FXML private Button stopCheck;
    @FXML private Label checkProgress;
    @FXML private Label checkSteps;
    @FXML private Label checkVerdict;
    @FXML private Label checkHint;
    private WizardModel model;
    private Cancellation running;

    void attach(WizardModel m) {
        this.model = m;
        checkAddress.disableProperty().bind(m.address.isEmpty());
        // A result belongs to the address it was found for: typing another one clears it.
        m.address.addListener(o -> clearResult());
        m.transport.addListener(o -> clearResult());
    }

    @FXML
    void check() {
        String address = model.address.get();
        Transport transport = model.transport.get();
        Cancellation cancel = new Cancellation();
        running = cancel;
        List<String> lines = new ArrayList<>();
        clearResult();
        showRunning(true);
        Task<Diagnosis> task = new Task<>() {
            @Override
            protected Diagnosis call() {
                return ReachabilityCheck.system().run(address, transport, new Progress() {
                    @Override
                    public void started(Step step) {
                        updateMessage(Messages.get("ui.addressCheck.running", step.title()));
                    }

                    @Override
                    public void finished(StepResult result) {
                        Platform.runLater(() -> {
                            lines.add(result.line());
                            show(checkSteps, String.join("\n", lines));
                        });
                    }
                }, cancel);
            }
        };
        checkProgress.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finish(task.getValue()));
        task.setOnFailed(e -> finish(null));
        Thread t = new Thread(task, "address-check");
        t.setDaemon(true);
        t.start();
    }

    @FXML
    void stop() {
        if (running != null) {
            running.cancel();
        }
    }

    private void finish(Diagnosis d) {
        running = null;
        showRunning(false);
        if (d == null) {
            show(checkVerdict, Messages.get("ui.service.unexpected", ""));
            return;
        }
        show(checkSteps, String.join("\n", d.steps().stream().map(StepResult::line).toList()));
        show(checkVerdict, d.verdict().message());
        checkVerdict.getStyleClass().setAll("label", d.answered() ? "ok" : "error");
        show(checkHint, (d.verdict().hint() + " " + d.scopeNote()).strip());
    }

    private void showRunning(boolean on) {
        checkAddress.setVisible(!on);
        checkAddress.setManaged(!on);
        for (Node n : List.of(checkSpinner, stopCheck)) {
            n.setVisible(on);
            n.setManaged(on);
        }
        if (!on) {
            checkProgress.textProperty().unbind();
            checkProgress.setText("");
        }
    }

    private void clearResult() {
        for (Label l : List.of(checkSteps, checkVerdict, checkHint)) {
            l.setText("");
            l.setVisible(false);
            l.setManaged(false);
        }
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
