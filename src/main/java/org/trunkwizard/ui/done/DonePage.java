package org.trunkwizard.ui.done;

import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trunkwizard.carriers.Checklists;
import org.trunkwizard.carriers.LiveKitSipUri;
import org.trunkwizard.carriers.Parsed;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.ui.common.ChecklistView;
import org.trunkwizard.ui.common.FieldLine;
import org.trunkwizard.ui.common.FocusScroll;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.ui.wizard.FieldProblems;
import org.trunkwizard.ui.wizard.PageController;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardModel;
import org.trunkwizard.validation.Problem;

/**
 * Step 8: the Trunk ID to copy; what to set up at the carrier, with the project's SIP URI where the carrier needs
 * it; the next steps as a checklist, two of them done here for the user (a dispatch rule, a call to their phone).
 */
public final class DonePage extends PageController {

    @FXML private VBox page;
    @FXML private TextField trunkId;
    @FXML private Button copyId;
    @FXML private Label carrierTitle;
    @FXML private VBox sipUriBox;
    @FXML private TextField sipUri;
    @FXML private Label sipUriLine;
    @FXML private VBox carrierChecklist;
    @FXML private VBox checklist;

    @FXML private VBox ruleBox;
    @FXML private javafx.scene.control.RadioButton directRoom;
    @FXML private Label roomLabel;
    @FXML private TextField rulePrefix;
    @FXML private TextField agentName;
    @FXML private TextField allowedAddresses;
    @FXML private Label inboundNote;
    @FXML private javafx.scene.control.CheckBox inboundAuth;
    @FXML private Label inboundAuthAbout;
    @FXML private VBox inboundAuthBox;
    @FXML private TextField inboundUsername;
    @FXML private Label inboundUsernameLine;
    @FXML private javafx.scene.control.PasswordField inboundPassword;
    @FXML private TextField inboundPasswordShown;
    @FXML private javafx.scene.control.ToggleButton inboundPasswordEye;
    @FXML private Button generateInboundPassword;
    @FXML private Label inboundPasswordLine;
    @FXML private Label inboundPasswordKept;
    @FXML private Label ruleLine;
    @FXML private Button createRule;
    @FXML private ProgressIndicator ruleSpinner;
    @FXML private Label ruleResult;
    @FXML private HBox ruleIdRow;
    @FXML private TextField ruleId;

    @FXML private VBox callBox;
    @FXML private TextField callTo;
    @FXML private Button callButton;
    @FXML private ProgressIndicator callSpinner;
    @FXML private Button stopCall;
    @FXML private Label callLine;
    @FXML private Label callOutcome;
    @FXML private Label callFix;

    @FXML private VBox passwordBox;
    @FXML private javafx.scene.control.PasswordField donePassword;
    @FXML private TextField donePasswordShown;
    @FXML private javafx.scene.control.ToggleButton donePasswordEye;
    @FXML private Button copyPassword;
    @FXML private Label donePasswordLine;

    private DispatchRuleAction rule;
    private InboundCredentialsPart inboundCredentials;
    private TestCallAction call;

    @Override
    protected void init() {
        trunkId.textProperty().bind(model.trunkId);
        sipUri.textProperty().bindBidirectional(model.liveKitSipUri);
        model.liveKitSipUri.addListener(o -> showCarrierChecklist());
        rule = new DispatchRuleAction(this, rulePrefix, agentName, ruleLine, createRule, ruleSpinner, ruleResult,
                ruleIdRow, ruleId);
        rule.kindFrom(directRoom, roomLabel);
        rule.guardFrom(allowedAddresses, inboundNote);
        inboundCredentials = new InboundCredentialsPart(this, new InboundCredentialsPart.Fields(inboundAuth,
                inboundAuthAbout, inboundAuthBox, inboundUsername, inboundUsernameLine, inboundPassword,
                inboundPasswordShown, inboundPasswordEye, generateInboundPassword, inboundPasswordLine,
                inboundPasswordKept), () -> rule.refresh());
        rule.credentialsFrom(inboundCredentials);
        call = new TestCallAction(this, callTo, callButton, callSpinner, stopCall, callLine, callOutcome, callFix);
        donePassword.textProperty().bind(model.password);
        donePasswordShown.textProperty().bind(model.password);
        donePasswordShown.visibleProperty().bind(donePasswordEye.selectedProperty());
        donePassword.visibleProperty().bind(donePasswordEye.selectedProperty().not());
        donePasswordEye.textProperty().bind(javafx.beans.binding.Bindings.when(donePasswordEye.selectedProperty())
                .then(org.trunkwizard.i18n.Messages.get("ui.done.password.hide"))
                .otherwise(org.trunkwizard.i18n.Messages.get("ui.done.password.show")));
        passwordBox.visibleProperty().bind(model.password.isNotEmpty());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        model.passwordSaved.addListener(o -> showPasswordLine());
        showPasswordLine();
        // The page is long: Tab to a Copy button or the call's number field brings it into view.
        FocusScroll.install(page);
    }

    @Override
    protected Node firstFocus() {
        return copyId;
    }

    @Override
    protected void shown() {
        showCarrierChecklist();
        checklist.getChildren().setAll(ChecklistView.render(
                Checklists.nextSteps(carrier(), sent(), model.trunkId.get()),
                Map.of("next.dispatchRule", ruleBox, "next.testCall", callBox),
                // The Trunk ID is already at the top of the page, with its own Copy button.
                List.of("next.trunkId")));
        Ui.keepWords(checklist);
        rule.refresh();
        call.refresh();
    }

    WizardModel model() {
        return model;
    }

    org.trunkwizard.ui.wizard.KeychainLink keychain() {
        return wizard.keychain();
    }

    WizardEnv env() {
        return wizard.env();
    }

    Carrier carrier() {
        return model.carrier.get() == null ? Carrier.OTHER : model.carrier.get();
    }

    /** The trunk as it was sent: normalized address and numbers, the Telnyx header. */
    TrunkSpec sent() {
        return FieldProblems.toSend(model);
    }

    /** The carrier's steps; those that point the carrier at LiveKit need the project's SIP URI, typed here. */
    private void showCarrierChecklist() {
        Carrier c = carrier();
        boolean wantsUri = c != Carrier.LIVEKIT;
        sipUriBox.setVisible(wantsUri);
        sipUriBox.setManaged(wantsUri);
        LiveKitSipUri uri = null;
        String typed = model.liveKitSipUri.get();
        if (typed.isBlank()) {
            FieldLine.hint(sipUriLine, org.trunkwizard.i18n.Messages.get("ui.carriers.sipUri.hint"));
        } else {
            Parsed<LiveKitSipUri> parsed = LiveKitSipUri.parse(typed);
            if (parsed.isOk()) {
                uri = parsed.value().get();
                FieldLine.hint(sipUriLine, org.trunkwizard.i18n.Messages.get("ui.carriers.sipUri.ok", uri.sipUri(),
                        uri.host()));
            } else {
                Problem p = parsed.problem().get();
                FieldLine.show(sipUriLine, p);
            }
        }
        var list = Checklists.forCarrier(c, sent(), uri);
        carrierTitle.setText(list.title());
        carrierChecklist.getChildren().setAll(ChecklistView.render(list, Map.of(), List.of()));
        Ui.keepWords(carrierChecklist);
    }

    private void showPasswordLine() {
        if (model.passwordSaved.get()) {
            FieldLine.result(donePasswordLine, org.trunkwizard.i18n.Messages.get("ui.done.password.saved"), true);
        } else {
            FieldLine.show(donePasswordLine, Problem.warning("auth_password",
                    org.trunkwizard.i18n.Messages.get("ui.done.password.nowhere"), ""));
        }
    }

    @FXML
    private void copyPassword(javafx.event.ActionEvent e) {
        Ui.copy(model.password.get(), e);
    }

    @FXML
    private void copyId(javafx.event.ActionEvent e) {
        Ui.copy(model.trunkId.get(), e);
    }

    @FXML
    private void createRule() {
        rule.start();
    }

    @FXML
    private void generateInboundPassword() {
        inboundCredentials.generate();
    }

    @FXML
    private void copyInboundPassword(javafx.event.ActionEvent e) {
        inboundCredentials.copy(e);
    }

    @FXML
    private void copyRuleId(javafx.event.ActionEvent e) {
        Ui.copy(ruleId.getText(), e);
    }

    @FXML
    private void call() {
        call.start();
    }

    @FXML
    private void stopCall() {
        call.stop();
    }
}
