package org.trunkwizard.ui.wizard;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.trunkwizard.carriers.CarrierPresets;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.ui.common.Ui;

/** Step 2: who carries the calls. The choice turns on that carrier's rules and fills what it always uses. */
public final class CarrierPage extends PageController {

    @FXML private ToggleGroup choice;
    @FXML private Label choiceLabel;
    @FXML private RadioButton twilio;
    @FXML private RadioButton telnyx;
    @FXML private RadioButton livekit;
    @FXML private RadioButton other;
    @FXML private Label carrierLine;
    @FXML private VBox inboundOnly;
    @FXML private Label presetHint;
    @FXML private VBox accountBox;
    @FXML private javafx.scene.control.Button carrierSetupButton;
    @FXML private Label accountAbout;

    @Override
    protected void init() {
        Ui.bindChoice(choice, Map.of(Carrier.TWILIO, twilio, Carrier.TELNYX, telnyx, Carrier.LIVEKIT, livekit,
                Carrier.OTHER, other), model.carrier);
        model.carrier.addListener((o, was, now) -> applyPreset(now));
        feedback("carrier", twilio, carrierLine, () -> "").untilChosen(model.carrier);
        showChoice(model.carrier.get());
    }

    @Override
    protected Node firstFocus() {
        Toggle t = choice.getSelectedToggle();
        return t == null ? twilio : (Node) t;
    }

    /**
     * The carrier's preset on what was typed: an empty (or another carrier's suggested) name and an empty address
     * get this carrier's, the Telnyx header comes or goes; everything else the user typed stays.
     */
    private void applyPreset(Carrier c) {
        showChoice(c);
        if (c == null) {
            return;
        }
        TrunkSpec next = CarrierPresets.apply(c, model.spec());
        model.name.set(next.name());
        model.address.set(next.address());
        model.headers.set(next.headers());
    }

    private void showChoice(Carrier c) {
        boolean liveKit = c == Carrier.LIVEKIT;
        inboundOnly.setVisible(liveKit);
        inboundOnly.setManaged(liveKit);
        presetHint.setText(c == null || liveKit ? "" : CarrierPresets.of(c).hint());
        boolean byApi = c == Carrier.TWILIO || c == Carrier.TELNYX;
        accountBox.setVisible(byApi);
        accountBox.setManaged(byApi);
        if (byApi) {
            String brand = setupCarrier(c).displayName();
            carrierSetupButton.setText(Messages.get("ui.carrier.setupForMe", brand));
            accountAbout.setText(Messages.get("ui.carrier.setupForMe.about", brand));
        }
    }

    private static org.trunkwizard.carriers.setup.Carrier setupCarrier(Carrier c) {
        return c == Carrier.TELNYX ? org.trunkwizard.carriers.setup.Carrier.TELNYX
                : org.trunkwizard.carriers.setup.Carrier.TWILIO;
    }

    /** Sets the account up through the carrier's API; the manual checklist on the Done page stays for the rest. */
    @FXML
    private void setUpAccount() {
        wizard.openCarrierAccount(setupCarrier(model.carrier.get()));
    }

    @FXML
    private void useTwilio() {
        model.carrier.set(Carrier.TWILIO);
        twilio.requestFocus();
    }

    @FXML
    private void useTelnyx() {
        model.carrier.set(Carrier.TELNYX);
        telnyx.requestFocus();
    }
}
