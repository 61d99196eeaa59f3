package org.trunkwizard.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.trunkwizard.i18n.Messages;

/** The header's Help: the guide's key points in a few plain lines, in a window that does not block the wizard. */
public final class HelpWindow {

    private HelpWindow() {
    }

    public static Alert show(Window owner) {
        Alert help = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        help.initOwner(owner);
        help.initModality(Modality.NONE);
        help.setTitle(Messages.get("ui.help.title"));
        help.setHeaderText(Messages.get("ui.help.header"));
        Label text = Ui.wrapping(Messages.get("ui.help.text"));
        text.setId("helpText");
        text.setPrefWidth(520);
        help.getDialogPane().setContent(text);
        help.show();
        return help;
    }
}
