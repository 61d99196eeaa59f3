package org.trunkwizard.ui.credentials;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.validation.Problem;

/**
 * The credentials window: the saved list, and copy / show / delete / rotate behind a confirmation. Every keychain,
 * file and LiveKit call runs on one background thread; meanwhile the spinner turns and the actions wait.
 */
public final class CredentialsController {

    @FXML private Label keychainLine;
    @FXML private Label reminderLine;
    @FXML private TableView<CredentialRow> table;
    @FXML private TableColumn<CredentialRow, String> kindColumn;
    @FXML private TableColumn<CredentialRow, String> labelColumn;
    @FXML private TableColumn<CredentialRow, String> projectColumn;
    @FXML private TableColumn<CredentialRow, String> idColumn;
    @FXML private TableColumn<CredentialRow, CredentialRow> ageColumn;
    @FXML private TableColumn<CredentialRow, CredentialRow> reminderColumn;
    @FXML private Button copyButton;
    @FXML private Button revealButton;
    @FXML private Button deleteButton;
    @FXML private Button rotateButton;
    @FXML private HBox rememberHolder;
    @FXML private CheckBox rememberBox;
    @FXML private ProgressIndicator spinner;
    @FXML private HBox confirmBar;
    @FXML private Label confirmText;
    @FXML private Button confirmButton;
    @FXML private Button cancelConfirmButton;
    @FXML private VBox valueBox;
    @FXML private Label valueTitle;
    @FXML private Label valueNote;
    @FXML private TextField valueField;
    @FXML private Label problemLine;
    @FXML private Label infoLine;

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "credentials");
        t.setDaemon(true); // a hung keychain call must not keep the app from exiting
        return t;
    });
    private SavedCredentials credentials;
    private Profiles profiles;
    private PasswordRotation rotation;
    private Clock clock;
    private Runnable pendingAction;

    @FXML
    private void initialize() {
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        projectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().project()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        for (TableColumn<CredentialRow, String> c : List.of(kindColumn, labelColumn, projectColumn, idColumn)) {
            c.setCellFactory(col -> WrappingCell.ofText());
        }
        ageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ageColumn.setCellFactory(col -> textCell(CredentialRow::age, CredentialRow::ageTooltip, r -> false));
        reminderColumn.setCellValueFactory(ageColumn.getCellValueFactory());
        reminderColumn.setCellFactory(col -> textCell(CredentialRow::reminder, CredentialRow::reminderTooltip,
                CredentialRow::rotationDue));

        spinner.visibleProperty().bind(busy);
        for (Node n : List.of(confirmBar, valueBox, problemLine, infoLine, reminderLine)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        hide(confirmBar, valueBox, problemLine, infoLine, reminderLine);
        BooleanBinding noChoice = table.getSelectionModel().selectedItemProperty().isNull()
                .or(busy).or(confirmBar.visibleProperty());
        copyButton.disableProperty().bind(noChoice);
        revealButton.disableProperty().bind(noChoice);
        deleteButton.disableProperty().bind(noChoice);
        rotateButton.disableProperty().bind(noChoice.or(Bindings.createBooleanBinding(
                () -> selected().map(r -> !r.isTrunk()).orElse(true),
                table.getSelectionModel().selectedItemProperty())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Until the start-up probe is done: say so, spin, offer nothing. */
    void waitForKeychain() {
        keychainLine.setText(Messages.get("credentials.keychain.checking"));
        rememberBox.setDisable(true);
        busy.set(true);
    }

    void keychainFailed(Throwable failure) {
        busy.set(false);
        keychainLine.setText(Messages.get("credentials.unexpected", failure.getClass().getSimpleName()));
    }

    void start(SecretSession session, SavedCredentials credentials, Profiles profiles, PasswordRotation rotation,
               Clock clock) {
        this.credentials = credentials;
        this.profiles = profiles;
        this.rotation = rotation;
        this.clock = clock;
        busy.set(false);
        keychainLine.setText(session.status().message());
        keychainLine.getStyleClass().add(session.status().available() ? "text-muted" : "warning-line");
        boolean canRemember = session.canRemember();
        rememberBox.setSelected(canRemember);
        rememberBox.setDisable(!canRemember);
        if (!canRemember) {
            // A disabled control shows no tooltip: the holder around it carries the reason too.
            Tooltip why = new Tooltip(session.status().rememberTooltip());
            rememberBox.setTooltip(why);
            Tooltip.install(rememberHolder, why);
        }
        reload();
    }

    /** Esc first takes back a pending confirmation; only then does it close the window. */
    void escapeCancelsConfirmation(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && confirmBar.isVisible()) {
            cancelConfirm();
            e.consume();
        }
    }

    /** Reads the index again (off the FX thread) and shows it. */
    void reload() {
        inBackground(credentials::list, this::show);
    }

    private void show(List<SavedCredential> saved) {
        List<CredentialRow> rows = saved.stream().map(s -> CredentialRow.of(s, clock.instant())).toList();
        table.getItems().setAll(rows);
        long due = rows.stream().filter(CredentialRow::rotationDue).count();
        reminderLine.setText(due == 1
                ? Messages.get("credentials.reminder.summary.one", CredentialRow.ROTATE_AFTER_DAYS)
                : Messages.get("credentials.reminder.summary.many", CredentialRow.ROTATE_AFTER_DAYS, due));
        reminderLine.setVisible(due > 0);
    }

    @FXML
    private void askCopy() {
        CredentialRow row = selected().orElseThrow();
        ask(Messages.get("credentials.confirm.copy", row.kind(), row.label()), Messages.get("credentials.copy"),
                () -> withSecret(row, value -> {
                    copy(value);
                    info(Messages.get("credentials.copied", row.kind(), row.label()));
                }));
    }

    @FXML
    private void askReveal() {
        CredentialRow row = selected().orElseThrow();
        ask(Messages.get("credentials.confirm.reveal", row.kind(), row.label()), Messages.get("credentials.reveal"),
                () -> withSecret(row, value -> showValue(Messages.get("credentials.value.title", row.kind(),
                        row.label()), "", value)));
    }

    @FXML
    private void askDelete() {
        CredentialRow row = selected().orElseThrow();
        ask(Messages.get("credentials.confirm.delete", row.kind(), row.label()), Messages.get("credentials.delete"),
                () -> inBackground(() -> {
                    List<String> users = profiles.using(row.saved().key());
                    credentials.delete(row.saved().key());
                    return users;
                }, users -> {
                    String done = Messages.get("credentials.deleted", row.kind(), row.label());
                    info(users.isEmpty() ? done
                            : done + " " + Messages.get("cli.credentials.profilesAffected", String.join(", ", users)));
                    reload();
                }));
    }

    @FXML
    private void askRotate() {
        CredentialRow row = selected().orElseThrow();
        boolean remember = rememberBox.isSelected();
        ask(Messages.get("credentials.confirm.rotate", row.label()), Messages.get("credentials.confirm.rotate.button"),
                () -> inBackground(() -> rotation.rotate(row.saved(), remember), result -> showRotation(row, result)));
    }

    private void showRotation(CredentialRow row, RotationResult result) {
        if (!result.changed()) {
            problem(Messages.get("credentials.rotate.failed"), result.problem().orElseThrow());
            return;
        }
        String kept = switch (result.kept()) {
            case KEYCHAIN -> Messages.get("credentials.rotated.keychain");
            case SESSION -> Messages.get("credentials.rotated.session");
            case NOWHERE -> Messages.get("credentials.rotated.forgotten");
        };
        showValue(Messages.get("credentials.rotated.title", row.label()),
                Messages.get("credentials.rotated.carrier", result.username()) + " " + kept, result.newPassword());
        result.problem().ifPresent(p -> problem("", p));
        reload();
    }

    /** Loads the secret off the FX thread, hands it over as text, and clears the loaded copy. */
    private void withSecret(CredentialRow row, Consumer<String> use) {
        inBackground(() -> credentials.load(row.saved().key()).map(chars -> {
            String value = new String(chars);
            Arrays.fill(chars, '\0');
            return value;
        }), value -> {
            if (value.isPresent()) {
                use.accept(value.get());
            } else {
                problem("", Problem.error("keychain", credentials.store().persistent()
                        ? Messages.get("credentials.missing", row.kind(), row.label())
                        : Messages.get("credentials.missing.session", row.kind(), row.label()), ""));
            }
        });
    }

    private void ask(String question, String action, Runnable onYes) {
        clearMessages();
        confirmText.setText(question);
        confirmButton.setText(action);
        pendingAction = onYes;
        confirmBar.setVisible(true);
        cancelConfirmButton.requestFocus(); // the safe choice has the focus; confirming takes a deliberate click
    }

    @FXML
    private void confirm() {
        Runnable action = pendingAction;
        cancelConfirm();
        if (action != null) {
            action.run();
        }
    }

    @FXML
    private void cancelConfirm() {
        pendingAction = null;
        confirmBar.setVisible(false);
    }

    @FXML
    private void copyValue() {
        copy(valueField.getText());
        info(Messages.get("credentials.copiedValue"));
    }

    @FXML
    private void hideValue() {
        valueField.clear();
        valueBox.setVisible(false);
    }

    @FXML
    private void close() {
        ((Stage) table.getScene().getWindow()).close();
    }

    /** Forgets shown values and stops the worker; called when the window closes. */
    void dispose() {
        hideValue();
        worker.shutdownNow();
    }

    private void showValue(String title, String note, String value) {
        valueTitle.setText(title);
        valueNote.setText(note);
        valueNote.setVisible(!note.isEmpty());
        valueNote.setManaged(!note.isEmpty());
        valueField.setText(value);
        valueBox.setVisible(true);
    }

    private void problem(String lead, Problem p) {
        String text = String.join(" ", Stream.of(lead, p.message(), p.hint()).filter(s -> !s.isBlank()).toList());
        problemLine.setText(text);
        problemLine.setVisible(true);
    }

    private void info(String text) {
        infoLine.setText(text);
        infoLine.setVisible(true);
    }

    private void clearMessages() {
        hideValue();
        hide(problemLine, infoLine);
    }

    private static void hide(Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(false);
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private Optional<CredentialRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private <T> void inBackground(Callable<T> work, Consumer<T> done) {
        if (worker.isShutdown()) {
            return; // the window was closed meanwhile
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable t = task.getException();
            String message = t instanceof KeychainException || t instanceof ConfigFileException ? t.getMessage()
                    : Messages.get("credentials.unexpected", t.getClass().getSimpleName());
            problem("", Problem.error("", message, ""));
        });
        worker.execute(task);
    }

    private static TableCell<CredentialRow, CredentialRow> textCell(Function<CredentialRow, String> text,
            Function<CredentialRow, String> tooltip, Function<CredentialRow, Boolean> warn) {
        return new WrappingCell<>() {
            @Override
            protected void updateItem(CredentialRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("reminder-due");
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(row));
                String tip = tooltip.apply(row);
                setTooltip(tip == null ? null : new Tooltip(tip));
                if (warn.apply(row)) {
                    getStyleClass().add("reminder-due");
                }
            }
        };
    }
}
