package org.trunkwizard.ui.wizard;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.PasswordPolicy;

/** Step 5: media encryption and the SIP credentials the carrier expects. The password is masked unless asked. */
public final class OptionalPage extends PageController {

    @FXML private ToggleGroup srtp;
    @FXML private RadioButton disabled;
    @FXML private RadioButton optional;
    @FXML private RadioButton required;
    @FXML private Label srtpLine;
    @FXML private TextField username;
    @FXML private Label usernameLine;
    @FXML private PasswordField hidden;
    @FXML private TextField shown;
    @FXML private ToggleButton eye;
    @FXML private Button generate;
    @FXML private Button copy;
    @FXML private ProgressBar strength;
    @FXML private Label strengthText;
    @FXML private Label passwordLine;

    @Override
    protected void init() {
        Ui.bindChoice(srtp, Map.of(MediaEncryption.DISABLED, disabled, MediaEncryption.OPTIONAL, optional,
                MediaEncryption.REQUIRED, required), model.mediaEncryption);
        feedback("media_encryption", disabled, srtpLine, () -> Ui.text("ui.optional.srtp.about."
                + model.mediaEncryption.get().name().toLowerCase(java.util.Locale.ROOT)));

        username.textProperty().bindBidirectional(model.username);
        feedback("auth_username", username, usernameLine, () -> Messages.get("ui.optional.username.hint"));

        hidden.textProperty().bindBidirectional(model.password);
        shown.textProperty().bindBidirectional(model.password);
        shown.visibleProperty().bind(eye.selectedProperty());
        hidden.visibleProperty().bind(eye.selectedProperty().not());
        eye.selectedProperty().addListener((o, was, now) -> {
            eye.setText(Messages.get(now ? "ui.optional.password.hide" : "ui.optional.password.show"));
            (now ? shown : hidden).requestFocus();
        });
        copy.disableProperty().bind(model.password.isEmpty());
        feedback("auth_password", hidden, passwordLine, () -> Messages.get("ui.optional.password.hint"));
        feedback("auth_password", shown, new Label(), () -> "");
        model.password.addListener((o, was, now) -> showStrength(now));
        showStrength(model.password.get());
    }

    @Override
    protected Node firstFocus() {
        return srtp.getSelectedToggle() == null ? disabled : (Node) srtp.getSelectedToggle();
    }

    private void showStrength(String pw) {
        int score = pw.isEmpty() ? -1 : PasswordPolicy.strength(pw);
        strength.setProgress(score < 0 ? 0 : (score + 1) / 5.0);
        strength.getStyleClass().removeAll("weak", "fair", "strong");
        strength.getStyleClass().add(score < 2 ? "weak" : score < 3 ? "fair" : "strong");
        strengthText.setText(score < 0 ? "" : Ui.text("ui.optional.password.strength." + score));
    }

    @FXML
    private void generate() {
        model.password.set(PasswordGenerator.generate());
        // A generated password must be saved by the user: show it once so it can be copied to the carrier.
        eye.setSelected(true);
    }

    @FXML
    private void copy(javafx.event.ActionEvent e) {
        Ui.copy(model.password.get(), e);
    }
}
