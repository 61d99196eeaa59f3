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
    private Map<Carrier, RadioButton> buttons;

    @Override
    protected void init() {
        buttons = Map.of(Carrier.TWILIO, twilio, Carrier.TELNYX, telnyx, Carrier.LIVEKIT, livekit,
                Carrier.OTHER, other);
        buttons.forEach((c, b) -> b.setUserData(c));
        select(model.carrier.get());
        model.carrier.addListener((o, was, now) -> select(now));
        choice.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                choose((Carrier) now.getUserData());
            }
        });
        feedback("carrier", twilio, carrierLine, () -> "").untilChosen(model.carrier);
    }

    @Override
    protected Node firstFocus() {
        Toggle t = choice.getSelectedToggle();
        return t == null ? twilio : (Node) t;
    }

    private void select(Carrier c) {
        RadioButton b = c == null ? null : buttons.get(c);
        if (choice.getSelectedToggle() != b) {
            choice.selectToggle(b);
        }
    }

    /** Fills only what is still empty, so switching carriers never throws away what was typed. */
    private void choose(Carrier c) {
        model.carrier.set(c);
        if (c == Carrier.TELNYX && model.address.get().isBlank()) {
            model.address.set("sip.telnyx.com");
        }
        if (model.name.get().isBlank()) {
            model.name.set(Messages.get("ui.basic.name.default", Ui.text("ui.carrier.short." + c.cliName())));
        }
    }
}
