package org.trunkwizard.ui.wizard;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.trunkwizard.carriers.Parsed;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.TwilioAddress;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/**
 * Under the address field, the carrier's own way to the right host: for Twilio the Termination SIP URI built from
 * what was typed ("acme" or the URI as the console shows it) with a button to use it; for Telnyx a region picker
 * that sets its SIP proxy. The address field stays the one place the value lives.
 */
public final class CarrierAddressHelp {

    @FXML private VBox twilioBox;
    @FXML private HBox twilioOffer;
    @FXML private Label twilioSuggestion;
    @FXML private Button useTwilio;
    @FXML private Label twilioAbout;
    @FXML private VBox telnyxBox;
    @FXML private ComboBox<TelnyxRegion> telnyxRegion;
    @FXML private Label telnyxAbout;
    private WizardModel model;
    private String offered = "";
    private boolean updating;

    void attach(WizardModel m) {
        this.model = m;
        telnyxRegion.getItems().setAll(TelnyxRegion.values());
        telnyxRegion.setConverter(new StringConverter<>() {
            @Override
            public String toString(TelnyxRegion r) {
                return r == null ? "" : r.label();
            }

            @Override
            public TelnyxRegion fromString(String s) {
                return null;
            }
        });
        telnyxRegion.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                model.address.set(now.host());
            }
        });
        model.address.addListener(o -> refresh());
        model.carrier.addListener(o -> refresh());
        refresh();
    }

    /** Shows the part for the chosen carrier and re-reads the address. */
    void refresh() {
        Carrier c = model.carrier.get();
        show(twilioBox, c == Carrier.TWILIO);
        show(telnyxBox, c == Carrier.TELNYX);
        if (c == Carrier.TWILIO) {
            refreshTwilio();
        } else if (c == Carrier.TELNYX) {
            refreshTelnyx();
        }
    }

    private void refreshTwilio() {
        String typed = model.address.get();
        Parsed<String> parsed = TwilioAddress.fromInput(typed);
        String sending = FieldProblems.address(model).normalized();
        offered = parsed.value().orElse("");
        boolean offer = !offered.isEmpty() && !offered.equalsIgnoreCase(sending);
        show(twilioOffer, offer);
        twilioSuggestion.setText(offer ? Messages.get("ui.carriers.twilio.suggestion", offered) : "");
        useTwilio.setText(Messages.get("ui.carriers.twilio.use"));
        useTwilio.setAccessibleText(Messages.get("ui.carriers.twilio.use.accessible", offered));
    }

    private void refreshTelnyx() {
        Optional<TelnyxRegion> region = TelnyxRegion.ofHost(model.address.get());
        updating = true;
        try {
            telnyxRegion.setValue(region.orElse(null));
        } finally {
            updating = false;
        }
        telnyxAbout.setText(region.isPresent() || model.address.get().isBlank()
                ? Messages.get("ui.carriers.telnyx.region.about")
                : Messages.get("ui.carriers.telnyx.region.custom"));
    }

    @FXML
    private void useTwilio() {
        if (!offered.isEmpty()) {
            model.address.set(offered);
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
