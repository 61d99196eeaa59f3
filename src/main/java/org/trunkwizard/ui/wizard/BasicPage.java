package org.trunkwizard.ui.wizard;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.trunkwizard.i18n.Messages;

/** Step 3: the trunk's name, and the direction (always outbound: the one kind this wizard makes). */
public final class BasicPage extends PageController {

    @FXML private TextField name;
    @FXML private Label nameLine;
    @FXML private RadioButton outbound;

    @Override
    protected void init() {
        name.textProperty().bindBidirectional(model.name);
        feedback("name", name, nameLine, () -> Messages.get("ui.basic.name.hint"));
        // Selected and fixed: shown so the user sees the guide's "Outbound" choice is already made.
        outbound.setOnAction(e -> outbound.setSelected(true));
    }

    @Override
    protected Node firstFocus() {
        return name;
    }
}
