package org.trunkwizard.ui.wizard;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.trunkwizard.carriers.TelnyxHeader;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.ui.common.FieldFeedback;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.validation.Problem;

/** Step 6: every value as it will be sent, what is still worth knowing, and the same trunk for {@code lk}. */
public final class ReviewPage extends PageController {

    static final String MASK = "********";
    static final String FILE_NAME = "outbound-trunk.json";

    @FXML private GridPane values;
    @FXML private VBox remaining;
    @FXML private TextField command;
    @FXML private TextArea json;
    @FXML private Label exportResult;

    @Override
    protected void init() {
        command.setText("lk sip outbound create " + FILE_NAME);
    }

    @Override
    protected Node firstFocus() {
        return null;
    }

    @Override
    boolean refresh() {
        TrunkSpec spec = FieldProblems.toSend(model);
        values.getChildren().clear();
        int row = 0;
        row = add(row, "ui.review.carrier", model.carrier.get() == null ? ""
                : Ui.text("ui.carrier.short." + model.carrier.get().cliName()));
        row = add(row, "ui.review.name", spec.name());
        row = add(row, "ui.review.direction", Messages.get("ui.basic.direction.outbound").replace("_", ""));
        row = add(row, "ui.review.address", spec.address());
        row = add(row, "ui.review.transport", Ui.text("ui.connection.transport."
                + spec.transport().name().toLowerCase(Locale.ROOT)).replace("_", ""));
        row = add(row, "ui.review.numbers", String.join(", ", spec.numbers()));
        row = add(row, "ui.review.srtp", Ui.text("ui.optional.srtp."
                + spec.mediaEncryption().name().toLowerCase(Locale.ROOT)).replace("_", ""));
        row = add(row, "ui.review.username", spec.authUsername());
        row = add(row, "ui.review.password", spec.hasPassword() ? MASK : "");
        row = addHeaders(row, spec.headers());
        add(row, "ui.review.project", model.liveKitUrl.get());

        List<Problem> problems = FieldProblems.all(model);
        remaining.getChildren().clear();
        if (problems.isEmpty()) {
            remaining.getChildren().add(styled(Messages.get("ui.review.nothingLeft"), "ok"));
        }
        for (Problem p : problems) {
            remaining.getChildren().add(styled(FieldFeedback.sentence(p), p.isError() ? "error" : "warning"));
        }
        TrunkSpec masked = spec.hasPassword() ? spec.toBuilder().authPassword(MASK).build() : spec;
        json.setText(TrunkJson.write(masked, true));
        return !problems.isEmpty();
    }

    private int add(int row, String labelKey, String value) {
        Label name = new Label(Ui.text(labelKey));
        name.getStyleClass().add("review-key");
        // A long wrapping value (the header's explanation) must not squeeze the names into "C...".
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value.isEmpty() ? Messages.get("ui.review.notSet") : value);
        v.setWrapText(true);
        v.getStyleClass().add(value.isEmpty() ? "hint" : "review-value");
        values.addRow(row, name, v);
        return row + 1;
    }

    /**
     * One row per SIP header, as it goes on the wire, and a line saying why it is there: otherwise the Telnyx
     * header the wizard adds by itself would only show in the JSON.
     */
    private int addHeaders(int row, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return row;
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            row = add(row, "ui.review.header", h.getKey() + ": " + h.getValue());
            values.getChildren().get(values.getChildren().size() - 1).getStyleClass().add("review-header");
        }
        boolean telnyx = headers.keySet().stream().anyMatch(TelnyxHeader.NAME::equalsIgnoreCase);
        Label about = Ui.wrapping(telnyx ? Messages.get("ui.review.header.telnyx.about")
                : Messages.get("ui.review.header.about"));
        about.getStyleClass().addAll("hint", "review-header-about");
        values.add(about, 1, row);
        return row + 1;
    }

    private static Label styled(String text, String style) {
        Label l = Ui.wrapping(text);
        l.getStyleClass().add(style);
        return l;
    }

    @FXML
    private void copyCommand(javafx.event.ActionEvent e) {
        Ui.copy(command.getText(), e);
    }

    /** Writes the trunk without its password: a file on disk must never hold the secret. */
    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.review.export.title"));
        chooser.setInitialFileName(FILE_NAME);
        File f = chooser.showSaveDialog(wizard.stage());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    public void exportTo(Path target) {
        String text = TrunkJson.write(FieldProblems.toSend(model), false);
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                Files.writeString(target, text, StandardCharsets.UTF_8);
                return null;
            }
        };
        write.setOnSucceeded(e -> exportResult.setText(Messages.get("ui.review.export.done", target)));
        write.setOnFailed(e -> exportResult.setText(Messages.get("ui.review.export.failed", target,
                write.getException().getMessage())));
        Thread t = new Thread(write, "export");
        t.setDaemon(true);
        t.start();
    }
}
