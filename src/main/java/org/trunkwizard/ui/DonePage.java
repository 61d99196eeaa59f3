package org.trunkwizard.ui;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/** Step 8: the Trunk ID to copy, and the guide's next steps as a checklist with the values each one needs. */
public final class DonePage extends PageController {

    @FXML private TextField trunkId;
    @FXML private Button copyId;
    @FXML private VBox checklist;

    @Override
    protected void init() {
        trunkId.textProperty().bind(model.trunkId);
    }

    @Override
    protected Node firstFocus() {
        return copyId;
    }

    @Override
    protected void shown() {
        Carrier c = model.carrier.get() == null ? Carrier.OTHER : model.carrier.get();
        checklist.getChildren().setAll(
                item(Messages.get("ui.done.step.dispatch"), Messages.get("ui.done.step.dispatch.about"),
                        model.trunkId.get()),
                item(Messages.get("ui.done.step.testCall"), Messages.get("ui.done.step.testCall.about"), ""),
                item(Messages.get("ui.done.step.carrier"), Ui.text("ui.done.carrier." + c.cliName(),
                        model.username.get().isEmpty() ? Messages.get("ui.review.notSet") : model.username.get()),
                        model.username.get()),
                item(Messages.get("ui.done.step.webhook"), Messages.get("ui.done.step.webhook.about"), ""));
    }

    /** One checklist entry: a tick box with the step, a line saying how, and a Copy button for its value. */
    private static Node item(String title, String how, String value) {
        CheckBox box = new CheckBox(title);
        box.setMnemonicParsing(false);
        Label about = Ui.wrapping(how);
        about.getStyleClass().add("choice-about");
        VBox entry = new VBox(2, box, about);
        if (!value.isEmpty()) {
            TextField v = new TextField(value);
            v.setEditable(false);
            v.setPrefColumnCount(Math.max(12, value.length() + 2));
            v.getStyleClass().add("mono");
            v.setAccessibleText(title);
            Button copy = new Button(Messages.get("ui.done.copyValue"));
            copy.setOnAction(e -> Ui.copy(value));
            copy.setAccessibleText(Messages.get("ui.done.copyValue") + " " + title);
            HBox row = new HBox(6, v, copy);
            row.getStyleClass().add("choice-about");
            entry.getChildren().add(row);
        }
        return entry;
    }

    @FXML
    private void copyId() {
        Ui.copy(model.trunkId.get());
    }
}
