package org.trunkwizard.ui.wizard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.validation.AddressCheck;
import org.trunkwizard.validation.Problem;

/** Step 4: where the calls go (address, transport) and the caller ID numbers, each checked as typed. */
public final class ConnectionPage extends PageController {

    @FXML private TextField address;
    @FXML private Label addressLine;
    @FXML private ToggleGroup transports;
    @FXML private RadioButton auto;
    @FXML private RadioButton udp;
    @FXML private RadioButton tcp;
    @FXML private RadioButton tls;
    @FXML private Label transportLine;
    @FXML private ComboBox<String> region;
    @FXML private TextArea numbers;
    @FXML private Label numbersLine;
    @FXML private ListView<NumberRow> numberRows;
    @FXML private CarrierAddressHelp carrierHelpController;
    @FXML private AddressCheckPanel addressCheckController;

    @Override
    protected void init() {
        address.textProperty().bindBidirectional(model.address);
        feedback("address", address, addressLine, this::willSend);
        carrierHelpController.attach(model);
        addressCheckController.attach(model);

        Ui.bindChoice(transports, Map.of(Transport.AUTO, auto, Transport.UDP, udp, Transport.TCP, tcp,
                Transport.TLS, tls), model.transport);
        feedback("transport", auto, transportLine,
                () -> Ui.text("ui.connection.transport.about." + model.transport.get().name().toLowerCase(Locale.ROOT)));

        region.getItems().setAll(regionCodes());
        region.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : regionName(code) + " (" + code + ")";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        region.valueProperty().bindBidirectional(model.region);

        numbers.textProperty().bindBidirectional(model.numbersText);
        // Tab leaves the box as in every other field (TextArea would type a tab); Ctrl+Tab is its own way out.
        numbers.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                numbers.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        feedback("numbers", numbers, numbersLine, () -> Messages.get("ui.connection.numbers.hint"))
                .condensing(ConnectionPage::perNumberInOneLine);
        numberRows.setCellFactory(v -> new NumberRowCell());
        numberRows.setPlaceholder(new Label(Messages.get("ui.connection.numbers.none")));
    }

    @Override
    protected void shown() {
        String hint = switch (model.carrier.get() == null ? Carrier.OTHER : model.carrier.get()) {
            case TWILIO -> "acme.pstn.twilio.com";
            case TELNYX -> "sip.telnyx.com";
            case LIVEKIT, OTHER -> "sip.example.com";
        };
        address.setPromptText(hint);
        carrierHelpController.refresh();
    }

    @Override
    protected Node firstFocus() {
        return address;
    }

    @Override
    boolean refresh() {
        boolean shown = super.refresh();
        numberRows.getItems().setAll(FieldProblems.numbers(model).stream().map(NumberRow::new).toList());
        carrierHelpController.refresh();
        return shown;
    }

    /** Each number's problem is on its row below; under the field, one line says how many need a look. */
    static List<Problem> perNumberInOneLine(List<Problem> problems) {
        List<Problem> perNumber = problems.stream().filter(p -> p.field().startsWith("numbers[")).toList();
        if (perNumber.isEmpty()) {
            return problems;
        }
        List<Problem> out = new java.util.ArrayList<>(problems.stream()
                .filter(p -> !p.field().startsWith("numbers[")).toList());
        long errors = perNumber.stream().filter(Problem::isError).count();
        long warnings = perNumber.size() - errors;
        if (errors > 0) {
            out.add(Problem.error("numbers", Messages.get("ui.connection.numbers.errors", errors),
                    warnings > 0 ? "" : Messages.get("ui.connection.numbers.seeBelow")));
        }
        if (warnings > 0) {
            out.add(Problem.warning("numbers", Messages.get("ui.connection.numbers.warnings", warnings),
                    Messages.get("ui.connection.numbers.seeBelow")));
        }
        return out;
    }

    private String willSend() {
        AddressCheck check = FieldProblems.address(model);
        return check.normalized().isEmpty() ? Messages.get("ui.connection.address.hint")
                : Messages.get("ui.connection.address.willSend", check.normalized());
    }

    private static List<String> regionCodes() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(ConnectionPage::regionName))
                .toList();
    }

    @SuppressWarnings("deprecation") // Locale.of is Java 19+
    static String regionName(String code) {
        return new Locale("", code).getDisplayCountry();
    }
}
