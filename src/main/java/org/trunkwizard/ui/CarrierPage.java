package org.trunkwizard.ui;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/** Step 2: who carries the calls. The choice turns on that carrier's rules and fills what it always uses. */
public final class CarrierPage extends PageController {

    @FXML private ToggleGroup choice;
    @FXML private Label choiceLabel;
    @FXML private RadioButton twilio;
    @FXML private RadioButton telnyx;
    @FXML private RadioButton livekit;
    @FXML private RadioButton other;
    @FXML private Label carrierLine;

    @Override
    protected void init() {
        Ui.bindChoice(choice, Map.of(Carrier.TWILIO, twilio, Carrier.TELNYX, telnyx, Carrier.LIVEKIT, livekit,
                Carrier.OTHER, other), model.carrier);
        model.carrier.addListener((o, was, now) -> fillDefaults(now));
        feedback("carrier", twilio, carrierLine, () -> "").untilChosen(model.carrier);
    }

    @Override
    protected Node firstFocus() {
        Toggle t = choice.getSelectedToggle();
        return t == null ? twilio : (Node) t;
    }

    /** Fills only what is still empty, so switching carriers never throws away what was typed. */
    private void fillDefaults(Carrier c) {
        if (c == null) {
            return;
        }
        if (c == Carrier.TELNYX && model.address.get().isBlank()) {
            model.address.set("sip.telnyx.com");
        }
        if (model.name.get().isBlank()) {
            model.name.set(Messages.get("ui.basic.name.default", Ui.text("ui.carrier.short." + c.cliName())));
        }
    }
}
