package org.trunkwizard.ui.wizard;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.ui.common.FxBundle;
import org.trunkwizard.ui.common.HelpWindow;
import org.trunkwizard.ui.common.Mnemonics;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.ui.credentials.CredentialsWindow;
import org.trunkwizard.validation.Problem;

/**
 * The window's frame: the step list on the left, the current page, and the footer with what blocks Next.
 * Pages are loaded the first time they are shown and kept, so Back never loses anything.
 */
public final class WizardController {

    public static final double WIDTH = 960;
    public static final double HEIGHT = 680;

    private final WizardEnv env;
    private final WizardModel model = new WizardModel();
    private final DraftStore drafts;
    private final KeychainLink keychain;
    private Stage credentialsStage;
    private Stage carrierAccountStage;
    /** Carrier credentials that worked, for this session only (never the draft, never a file). */
    private final org.trunkwizard.ui.carrier.CarrierLogins carrierLogins = new org.trunkwizard.ui.carrier.CarrierLogins();
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final Map<Step, PageController> controllers = new EnumMap<>(Step.class);
    private Stage stage;
    private Draft offeredDraft;

    @FXML private BorderPane root;
    @FXML private HBox draftBanner;
    @FXML private Label pageTitle;
    @FXML private Label pageIntro;
    @FXML private ScrollPane scroller;
    @FXML private StackPane pageHolder;
    @FXML private Label summary;
    @FXML private Button cancelButton;
    @FXML private Button retryButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    private final TrapConfirmation traps = new TrapConfirmation();
    @FXML private VBox stepList;

    WizardController(WizardEnv env) {
        this.env = env;
        this.drafts = new DraftStore(env.draftFile());
        this.keychain = new KeychainLink(model, env.configDir());
    }

    /** Builds the window into {@code stage} and shows it; the draft is looked for after the first frame. */
    public static WizardController open(Stage stage, WizardEnv env) {
        FXMLLoader loader = new FXMLLoader(WizardController.class.getResource("wizard.fxml"), new FxBundle());
        WizardController controller = new WizardController(env);
        loader.setControllerFactory(type -> controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        controller.stage = stage;
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, controller::enterMeansNext);
        Mnemonics.dropEmptyEntries(scene);
        Mnemonics.nameKeysInTooltips(scene);
        scene.getStylesheets().add(WizardController.class.getResource("/org/trunkwizard/ui/app.css").toExternalForm());
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(scene);
        // SmallWindowTest checks that every page's words fit at this size, light and dark.
        stage.setMinWidth(WindowSize.MIN_WIDTH);
        stage.setMinHeight(WindowSize.MIN_HEIGHT);
        WindowSize.load(env.windowFile()).applyTo(stage);
        stage.setOnCloseRequest(e -> {
            if (!controller.mayLosePassword()) {
                e.consume();
                return;
            }
            controller.saveOnClose();
        });
        stage.show();
        Ui.afterFirstFrame(() -> {
            controller.keychain.open(env.keychain());
            controller.lookForDraft();
        });
        return controller;
    }

    @FXML
    private void initialize() {
        for (Step s : Step.values()) {
            Button b = new Button();
            b.getStyleClass().addAll("step-link", Styles.FLAT);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
            b.setOnAction(e -> go(s));
            b.setUserData(s);
            stepList.getChildren().add(b);
        }
        InvalidationListener refresh = o -> refresh();
        for (Observable o : model.trunkProperties()) {
            o.addListener(refresh);
            // Any edit makes LiveKit's last complaint stale; Retry asks again.
            o.addListener(x -> model.serverProblem.set(null));
        }
        for (Observable o : List.of(model.liveKitUrl, model.apiKey, model.apiSecret)) {
            o.addListener(refresh);
            o.addListener(x -> model.serverProblem.set(null));
        }
        model.serverProblem.addListener(refresh);
        model.createFailed.addListener(refresh);
        model.keychainNote.addListener(refresh);
        for (Observable o : model.draftProperties()) {
            o.addListener(x -> saveDraft());
        }
        model.step.addListener((o, was, now) -> showPage(now));
        showPage(Step.PROJECT);
    }

    /**
     * Enter is Next from choices too (radio buttons and check boxes would take it for themselves), and Ctrl+Enter
     * from the numbers box, where a plain Enter starts a new line. A focused button keeps Enter for itself.
     */
    private void enterMeansNext(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        Node focus = root.getScene().getFocusOwner();
        boolean choice = focus instanceof RadioButton || focus instanceof CheckBox
                || focus instanceof ComboBox<?> c && !c.isShowing();
        boolean area = focus instanceof TextArea && e.isShortcutDown();
        if ((choice && !e.isShortcutDown()) || area) {
            e.consume();
            next();
        }
    }

    public WizardEnv env() {
        return env;
    }

    public WizardModel model() {
        return model;
    }

    public KeychainLink keychain() {
        return keychain;
    }

    public DraftStore drafts() {
        return drafts;
    }

    public Stage stage() {
        return stage;
    }

    public PageController page(Step s) {
        page(s, true);
        return controllers.get(s);
    }

    /** Goes to a page already reached (side list, Back, a failed create). */
    public void go(Step s) {
        if (s.ordinal() > model.reached.get().ordinal()) {
            return;
        }
        model.step.set(s);
    }

    /** Moves forward, marking the new page reached. */
    void advanceTo(Step s) {
        if (s.ordinal() > model.reached.get().ordinal()) {
            model.reached.set(s);
        }
        model.step.set(s);
    }

    private Node page(Step s, boolean create) {
        Node n = pages.get(s);
        if (n == null && create) {
            FXMLLoader loader = new FXMLLoader(WizardController.class.getResource(s.fxml()), new FxBundle());
            try {
                n = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PageController c = loader.getController();
            pages.put(s, n);
            controllers.put(s, c);
            c.attach(model, this);
            // After attach: the page decides there which labels wrap.
            Ui.keepWords(n);
        }
        return n;
    }

    private void showPage(Step s) {
        Node n = page(s, true);
        pageHolder.getChildren().setAll(n);
        scroller.setVvalue(0);
        pageTitle.setText(s.title());
        pageIntro.setText(s.intro());
        controllers.get(s).shown();
        refresh();
        Node focus = controllers.get(s).firstFocus();
        Platform.runLater((focus != null ? focus : nextButton)::requestFocus);
    }

    /** Re-checks the current page and updates the footer and the step list. */
    void refresh() {
        Step s = model.step.get();
        PageController c = controllers.get(s);
        if (c == null) {
            return;
        }
        boolean errorOnScreen = c.refresh();
        List<Problem> problems = problemsBlocking(s);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        summary.getStyleClass().removeAll("error", "warning");
        if (errors > 0 && !errorOnScreen) {
            summary.setText(Messages.get("ui.summary.fillIn"));
        } else if (errors > 0) {
            summary.setText(errors == 1 ? Messages.get("ui.summary.error") : Messages.get("ui.summary.errors", errors));
            summary.getStyleClass().add("error");
        } else if (serverComplaintHere(s)) {
            // A create sent us back here: the footer says why, not only the field.
            summary.setText(Messages.get("ui.summary.server"));
            summary.getStyleClass().add("error");
        } else if (warnings > 0) {
            summary.setText(warnings == 1 ? Messages.get("ui.summary.warning")
                    : Messages.get("ui.summary.warnings", warnings));
            summary.getStyleClass().add("warning");
        } else if (s == Step.DONE) {
            summary.setText(model.keychainNote.get());
        } else {
            summary.setText("");
        }
        nextButton.setDisable(errors > 0 || s == Step.CREATE);
        nextButton.setText(switch (s) {
            case REVIEW -> Messages.get("ui.button.create");
            case DONE -> Messages.get("ui.button.close");
            default -> Messages.get("ui.button.next");
        });
        backButton.setDisable(s == Step.PROJECT || s == Step.CREATE || s == Step.DONE);
        cancelButton.setVisible(s != Step.DONE);
        cancelButton.setManaged(s != Step.DONE);
        boolean retry = model.createFailed.get() && s != Step.CREATE && s != Step.DONE;
        retryButton.setVisible(retry);
        retryButton.setManaged(retry);
        updateStepList();
    }

    /** The problems that decide Next: this page's, or on Review every page's. LiveKit's last word never blocks. */
    private List<Problem> problemsBlocking(Step s) {
        List<Problem> all = s == Step.REVIEW ? FieldProblems.all(model) : FieldProblems.ofStep(model, s);
        Problem server = model.serverProblem.get();
        return all.stream().filter(p -> p != server).toList();
    }

    private void updateStepList() {
        Step current = model.step.get();
        Step reached = model.reached.get();
        for (Node n : stepList.getChildren()) {
            Button b = (Button) n;
            Step s = (Step) b.getUserData();
            // A tick is a promise that the step has nothing to fix now, not merely that it was once passed.
            boolean done = s.ordinal() < reached.ordinal() && !hasError(s) || (s == Step.DONE && current == Step.DONE);
            String mark = s == current ? "\u25CF " : done ? "\u2713 " : "\u25CB ";
            b.setText(mark + s.title());
            b.setAccessibleText(s.title() + ", " + Messages.get(s == current ? "ui.steps.current"
                    : done ? "ui.steps.done" : "ui.steps.todo"));
            b.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), s == current);
            boolean locked = current == Step.CREATE || current == Step.DONE;
            b.setDisable(s.ordinal() > reached.ordinal() || locked || s == Step.CREATE || s == Step.DONE);
        }
    }

    private boolean serverComplaintHere(Step s) {
        Problem server = model.serverProblem.get();
        return server != null && s.ordinal() < Step.REVIEW.ordinal() && Step.owning(server.field()) == s;
    }

    private boolean hasError(Step s) {
        List<Problem> problems = s == Step.REVIEW ? FieldProblems.all(model) : FieldProblems.ofStep(model, s);
        return problems.stream().anyMatch(Problem::isError);
    }

    @FXML
    void next() {
        Step s = model.step.get();
        if (nextButton.isDisabled()) {
            return;
        }
        switch (s) {
            case REVIEW -> {
                if (traps.allows(model.checks().get().traps(), stage)) {
                    startCreate();
                }
            }
            case DONE -> close();
            default -> advanceTo(s.next());
        }
    }

    @FXML
    void back() {
        Step s = model.step.get();
        if (s != Step.PROJECT && s != Step.CREATE && s != Step.DONE) {
            model.step.set(s.previous());
        }
    }

    @FXML
    void retry() {
        if (problemsBlocking(Step.REVIEW).stream().anyMatch(Problem::isError)) {
            model.step.set(Step.REVIEW);
        } else {
            startCreate();
        }
    }

    private void startCreate() {
        advanceTo(Step.CREATE);
        ((CreatePage) page(Step.CREATE)).start();
    }

    /** Esc: stops a running create; elsewhere asks, then closes (the draft is kept for next time). */
    @FXML
    void cancel() {
        if (model.step.get() == Step.CREATE && ((CreatePage) page(Step.CREATE)).cancelRunning()) {
            return;
        }
        if (model.step.get() == Step.DONE) {
            close();
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.cancel.text"),
                ButtonType.YES, ButtonType.NO);
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("ui.cancel.title"));
        confirm.setHeaderText(null);
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.filter(b -> b == ButtonType.YES).isPresent()) {
            close();
        }
    }

    private void close() {
        if (!mayLosePassword()) {
            return;
        }
        saveOnClose();
        stage.close();
    }

    /**
     * After a create without the keychain the trunk password exists only in this window (the carrier must be given
     * the same one): closing asks first. True when closing may go ahead.
     */
    private boolean mayLosePassword() {
        if (model.trunkId.get().isEmpty() || model.password.get().isEmpty() || model.passwordSaved.get()) {
            return true;
        }
        Alert confirm = new Alert(Alert.AlertType.WARNING, Messages.get("ui.done.close.lose") + "\n\n"
                + Messages.get("ui.done.close.ask"), ButtonType.YES, ButtonType.NO);
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("ui.done.close.title"));
        confirm.setHeaderText(null);
        // The safe answer is the default: Enter or Esc keeps the window.
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return confirm.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private void saveOnClose() {
        drafts.flush();
        WindowSize.of(stage).save(env.windowFile());
    }

    /**
     * After a trunk was made (or found already there) the draft has served its purpose. {@code passwordKept}: the
     * trunk was there with another password, which create did not change; the typed one is not saved, since it
     * would not work, and the Done page says how to change it.
     */
    void created(String trunkId, boolean passwordKept) {
        model.keychainNote.set(passwordKept ? Messages.get("ui.create.passwordKept", trunkId) : "");
        if (!passwordKept) {
            keychain.trunkCreated(model.liveKitUrl.get(), model.apiKey.get(), model.apiSecret.get(), trunkId,
                    model.checks().get().normalized().name(), model.password.get());
        }
        model.createFailed.set(false);
        model.trunkId.set(trunkId);
        drafts.delete();
        advanceTo(Step.DONE);
    }

    /**
     * The Carrier page's "Set up my account for me": the carrier-account window over this one, on the LiveKit project
     * typed on the Project page. One window at a time.
     */
    void openCarrierAccount(org.trunkwizard.carriers.setup.Carrier carrier) {
        if (carrierAccountStage != null && carrierAccountStage.isShowing()) {
            carrierAccountStage.toFront();
            return;
        }
        var project = new org.trunkwizard.ui.carrier.CarrierAccountWindow.Project(model.liveKitUrl.get(),
                model.apiKey.get(), model.apiSecret.get(), model.liveKitSipUri.get(), model.name.get(),
                model.address.get());
        carrierAccountStage = org.trunkwizard.ui.carrier.CarrierAccountWindow.show(stage, env, carrier, project,
                carrierLogins, this::carrierAccountSetUp, keychain.session(), model.remember.get());
    }

    public Stage carrierAccountStage() {
        return carrierAccountStage;
    }

    /**
     * Both sides were set up from the carrier-account window: the Done page shows the Trunk ID, and a password this
     * run generated is handled as after a create (keychain with Remember, else shown, with a warning before close).
     * A run that generated none keeps the one shown for the same trunk; for another trunk the page shows none (the
     * one typed in the wizard was never sent).
     */
    private void carrierAccountSetUp(org.trunkwizard.ui.carrier.CarrierAccountWindow.Finished done) {
        if (done.newPassword().isPresent()) {
            model.password.set(done.newPassword().get());
            model.passwordSaved.set(false);
            model.keychainNote.set("");
            keychain.trunkCreated(model.liveKitUrl.get(), model.apiKey.get(), model.apiSecret.get(), done.trunkId(),
                    done.trunkName(), done.newPassword().get());
        } else if (!done.trunkId().equals(model.trunkId.get())) {
            // A trunk set up before this session: its password is on both sides but not here.
            model.password.set("");
            model.passwordSaved.set(false);
            model.keychainNote.set(Messages.get("ui.carrierAccount.passwordUnchanged", done.trunkId()));
        }
        // Else a rerun of the trunk already shown: the password shown (or saved) for it stays as it is.
        model.createFailed.set(false);
        model.trunkId.set(done.trunkId());
        drafts.delete();
        advanceTo(Step.DONE);
    }

    /** A failed create: its problem goes beside the field it names, with every value as typed. */
    void createFailed(Problem problem) {
        model.createFailed.set(true);
        model.revealErrors.set(true);
        model.serverProblem.set(problem);
        Step owner = Step.owning(problem.field());
        if (owner.ordinal() < Step.REVIEW.ordinal()) {
            model.step.set(owner);
        }
        refresh();
    }

    private void saveDraft() {
        Step s = model.step.get();
        if (s == Step.DONE || s == Step.CREATE) {
            return;
        }
        drafts.save(Draft.of(model));
    }

    private void lookForDraft() {
        Thread t = new Thread(() -> {
            Optional<Draft> d = drafts.load();
            d.ifPresent(draft -> Platform.runLater(() -> offerDraft(draft)));
        }, "draft-reader");
        t.setDaemon(true);
        t.start();
    }

    /** The header's Credentials button: the saved secrets, over the same keychain session as the wizard. */
    @FXML
    void showCredentials() {
        if (credentialsStage != null && credentialsStage.isShowing()) {
            credentialsStage.toFront();
            return;
        }
        credentialsStage = CredentialsWindow.show(stage, keychain.session(), env.services()::connect, env.configDir());
    }

    /** The header's Help button: the guide's key points, in a window that stays open beside the wizard. */
    @FXML
    void showHelp() {
        HelpWindow.show(stage);
    }

    private void offerDraft(Draft d) {
        offeredDraft = d;
        draftBanner.setVisible(true);
        draftBanner.setManaged(true);
    }

    @FXML
    void restoreDraft() {
        if (offeredDraft != null) {
            offeredDraft.applyTo(model);
            model.revealErrors.set(true);
            refresh();
        }
        hideBanner();
    }

    @FXML
    void discardDraft() {
        drafts.delete();
        hideBanner();
    }

    private void hideBanner() {
        offeredDraft = null;
        draftBanner.setVisible(false);
        draftBanner.setManaged(false);
        Node focus = controllers.get(model.step.get()).firstFocus();
        if (focus != null) {
            focus.requestFocus();
        }
    }
}
