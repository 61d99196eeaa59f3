package org.trunkwizard.ui.wizard;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.ui.common.FieldFeedback;
import org.trunkwizard.validation.Problem;

/** Step 1: which LiveKit project, and a button that proves the key works before anything else is typed. */
public final class ProjectPage extends PageController {

    @FXML private TextField url;
    @FXML private Label urlLine;
    @FXML private TextField key;
    @FXML private Label keyLine;
    @FXML private PasswordField secret;
    @FXML private Label secretLine;
    @FXML private Button testButton;
    @FXML private ProgressIndicator spinner;
    @FXML private Label testResult;
    @FXML private CheckBox remember;
    @FXML private Tooltip rememberTip;
    @FXML private Label rememberLine;

    @Override
    protected void init() {
        url.textProperty().bindBidirectional(model.liveKitUrl);
        key.textProperty().bindBidirectional(model.apiKey);
        secret.textProperty().bindBidirectional(model.apiSecret);
        feedback("livekit_url", url, urlLine, () -> Messages.get("ui.project.url.hint"));
        feedback("api_key", key, keyLine, () -> Messages.get("ui.project.key.hint"));
        feedback("api_secret", secret, secretLine, () -> Messages.get("ui.project.secret.hint"));
        testButton.disableProperty().bind(spinner.visibleProperty());
        remember.selectedProperty().bindBidirectional(model.remember);
        model.keychain.addListener(o -> showKeychain());
        model.keychainNote.addListener(o -> showKeychain());
        showKeychain();
    }

    /**
     * Remember is offered only with a working keychain; without one the box stays off, its tooltip says why and
     * the line under it says where secrets go instead (memory, for this session).
     */
    private void showKeychain() {
        KeychainStatus status = model.keychain.get();
        remember.setDisable(status == null || !status.available());
        String why = status == null ? Messages.get("ui.project.remember.checking")
                : status.available() ? Messages.get("ui.project.remember.tooltip") : status.rememberTooltip();
        rememberTip.setText(why);
        String line = status == null ? Messages.get("ui.project.remember.checking")
                : !model.keychainNote.get().isEmpty() ? model.keychainNote.get()
                : status.available() ? "" : status.message();
        rememberLine.setText(line);
        rememberLine.setVisible(!line.isEmpty());
        rememberLine.setManaged(!line.isEmpty());
    }

    @Override
    protected Node firstFocus() {
        return url;
    }

    @FXML
    private void test() {
        if (LiveKitConnection.check(url.getText(), key.getText(), secret.getText()).stream()
                .anyMatch(Problem::isError)) {
            showResult(false, Messages.get("ui.project.test.incomplete"));
            return;
        }
        ServiceTask<Void> task = new ServiceTask<>(wizard.env(), model) {
            @Override
            protected Void run(TrunkService service) throws ApiException {
                service.testConnection();
                return null;
            }
        };
        spinner.setVisible(true);
        spinner.setManaged(true);
        testResult.setText(Messages.get("ui.project.test.running"));
        testResult.getStyleClass().removeAll("error", "ok");
        String[] tested = {model.liveKitUrl.get(), model.apiKey.get(), model.apiSecret.get()};
        task.setOnSucceeded(e -> {
            showResult(true, Messages.get("ui.project.test.ok"));
            wizard.keychain().connectionWorked(tested[0], tested[1], tested[2]);
        });
        task.setOnFailed(e -> showResult(false, FieldFeedback.sentence(task.problem())));
        task.startInBackground("test-connection");
    }

    private void showResult(boolean ok, String text) {
        spinner.setVisible(false);
        spinner.setManaged(false);
        testResult.getStyleClass().removeAll("error", "ok");
        testResult.getStyleClass().add(ok ? "ok" : "error");
        testResult.setText(ok ? "\u2714 " + text : text.startsWith("\u2716") ? text : "\u2716 " + text);
    }
}
