package org.trunkwizard.ui.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.setup.OwnedNumber;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.carriers.setup.SetupStep;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.ui.common.Mnemonics;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.validation.Problem;

/**
 * "Set up my Twilio/Telnyx account for me": a window of its own over the wizard, four pages (Connect, Numbers, Plan,
 * Apply) over the same {@link CarrierAccountSetup} the CLI drives. Every carrier and LiveKit call runs on a worker
 * ({@link SetupWork}); nothing here writes a file: the carrier secret stays in {@link CarrierLogins} (memory for the
 * session) and, with Remember, goes to the keychain ({@link CarrierKeychain}).
 */
public final class CarrierAccountWindow {

    /** The LiveKit project as typed on the wizard's Project page, and what the wizard already knows. */
    public record Project(String url, String apiKey, String apiSecret, String sipUri, String trunkName,
                          String address) {
        @Override
        public String toString() {
            return "Project[" + url + "]";
        }
    }

    /** What the wizard is handed once LiveKit has the trunk: its ID, name and the password if this run made it. */
    public record Finished(String trunkId, String trunkName, Optional<String> newPassword) {
        @Override
        public String toString() {
            return "Finished[" + trunkId + "]";
        }
    }

    private enum Page {
        CONNECT("ui.carrierAccount.connect.title", "ui.carrierAccount.connect.intro", "ui.carrierAccount.next.connect"),
        NUMBERS("ui.carrierAccount.numbers.title", "ui.carrierAccount.numbers.intro", "ui.carrierAccount.next.numbers"),
        PLAN("ui.carrierAccount.plan.title", "ui.carrierAccount.plan.intro", "ui.carrierAccount.next.plan"),
        APPLY("ui.carrierAccount.apply.title", "ui.carrierAccount.apply.intro", "ui.carrierAccount.next.apply");

        final String title;
        final String intro;
        final String next;

        Page(String title, String intro, String next) {
            this.title = title;
            this.intro = intro;
            this.next = next;
        }
    }

    /** Followed by the carrier's word, as the CLI prints it: "Twilio trunk: TK...", "Telnyx connection: ...". */
    private static final String CARRIER_ID_KEY = "cli.carrier.id.";

    static final double WIDTH = 760;
    static final double HEIGHT = 560;

    private final WizardEnv env;
    private final Carrier carrier;
    private final Project project;
    private final CarrierLogins logins;
    private final Consumer<Finished> onFinish;
    private final SetupOpener opener;
    private final Stage stage = new Stage();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Page page = Page.CONNECT;
    private CarrierAccountSetup setup;
    private SetupRequest request;
    private SetupResult result;
    private SetupWork work;
    /** Whether undo has something to do, as the last Apply or Undo read it on its worker (a file read). */
    private boolean recorded;
    /** The last run was an undo: Retry (which applies) is not what finishes it; Undo is. */
    private boolean undoing;

    private final Label title = new Label();
    private final Label intro = new Label();
    private final VBox body = new VBox(10);
    private final ScrollPane scroller = new ScrollPane(body);
    private final Button back = new Button(Messages.get("ui.carrierAccount.back"));
    private final Button next = new Button();
    private final Button close = new Button(Messages.get("ui.carrierAccount.close"));

    // Connect
    private final ToggleGroup twilioAuth = new ToggleGroup();
    private final RadioButton authToken = new RadioButton(Messages.get("ui.carrierAccount.twilio.useToken"));
    private final RadioButton apiKeyAuth = new RadioButton(Messages.get("ui.carrierAccount.twilio.useKey"));
    private final TextField accountSid = new TextField();
    private final TextField apiKeySid = new TextField();
    private final PasswordField secret = new PasswordField();
    private final Label secretLabel = new Label();
    private final Label secretHint = new Label();
    private final Label connectLine = new Label();
    private final CheckBox remember = new CheckBox(Messages.get("ui.carrierAccount.remember"));
    private final Label rememberHint = new Label(Messages.get("ui.carrierAccount.remember.checking"));
    private final Label rememberNote = new Label();
    /** Set once the wizard's keychain probe is done and a keychain is there; null means memory only. */
    private volatile CarrierKeychain keychain;

    // Numbers
    private final VBox numberBoxes = new VBox(6);
    private final List<CheckBox> numberChecks = new ArrayList<>();
    private final CheckBox move = new CheckBox(Messages.get("ui.carrierAccount.numbers.move"));
    private final TextField name = new TextField();
    private final Label numbersLine = new Label();

    // Plan and Apply
    private final ListView<String> planList = new ListView<>();
    private final ListView<String> stepList = new ListView<>();
    private final Label status = new Label();
    private final Label differences = new Label();
    private final Label carrierId = new Label();
    private final Button stop = new Button(Messages.get("ui.carrierAccount.apply.stop"));
    private final Button retry = new Button(Messages.get("ui.carrierAccount.apply.retry"));
    private final Button undo = new Button(Messages.get("ui.carrierAccount.apply.undo"));
    private final TextField trunkId = new TextField();
    private final HBox trunkIdRow = new HBox(8);

    private CarrierAccountWindow(WizardEnv env, Carrier carrier, Project project, CarrierLogins logins,
                                 Consumer<Finished> onFinish, SetupOpener opener) {
        this.opener = opener;
        this.env = env;
        this.carrier = carrier;
        this.project = project;
        this.logins = logins;
        this.onFinish = onFinish;
    }

    /**
     * Opens the window over {@code owner}. {@code onFinish} runs on the FX thread each time a run leaves a LiveKit
     * trunk (so its generated password is never only here); the window stays open to show how it went.
     */
    public static Stage show(Window owner, WizardEnv env, Carrier carrier, Project project, CarrierLogins logins,
                             Consumer<Finished> onFinish) {
        return show(owner, env, carrier, project, logins, onFinish, WizardEnv.memoryOnly(), false);
    }

    /**
     * The same with the wizard's keychain session (its probe may still run): a login saved earlier (here or with
     * {@code carrier login}) is filled in, and "Remember" (ticked as the wizard's own) saves one the carrier accepted.
     */
    public static Stage show(Window owner, WizardEnv env, Carrier carrier, Project project, CarrierLogins logins,
                             Consumer<Finished> onFinish, CompletableFuture<SecretSession> session,
                             boolean rememberWanted) {
        return show(owner, env, carrier, project, logins, onFinish, session, rememberWanted, SetupOpener.STANDARD);
    }

    static Stage show(Window owner, WizardEnv env, Carrier carrier, Project project, CarrierLogins logins,
                      Consumer<Finished> onFinish, CompletableFuture<SecretSession> session, boolean rememberWanted,
                      SetupOpener opener) {
        CarrierAccountWindow w = new CarrierAccountWindow(env, carrier, project, logins, onFinish, opener);
        w.build(owner);
        w.remember.setSelected(rememberWanted);
        w.stage.show();
        // Async: the wizard's probe has usually finished, and a finished future would run this on the FX thread.
        session.whenCompleteAsync((s, failure) -> w.keychainReady(s));
        return w.stage;
    }

    /** On the probe's thread: reads a saved login there, then shows what the keychain offers on the FX thread. */
    private void keychainReady(SecretSession s) {
        CarrierKeychain k = s == null ? null : new CarrierKeychain(s, env.configDir());
        boolean can = k != null && k.canRemember();
        Optional<CarrierLogin> saved = Optional.empty();
        if (can && logins.get(carrier).isEmpty()) {
            try {
                saved = k.load(carrier);
            } catch (Exception e) {
                saved = Optional.empty(); // a keychain that cannot be read is one that offers nothing
            }
        }
        Optional<CarrierLogin> found = saved;
        String reason = s == null ? "" : s.status().message();
        Platform.runLater(() -> {
            keychain = can ? k : null;
            remember.setDisable(!can);
            if (!can) {
                remember.setSelected(false);
            }
            rememberHint.setText(can ? Messages.get("ui.carrierAccount.remember.hint", carrier.displayName())
                    : Messages.get("ui.carrierAccount.remember.none", reason));
            found.filter(l -> secret.getText().isBlank()).ifPresent(this::fill);
        });
    }

    private void build(Window owner) {
        title.getStyleClass().add("title-3");
        title.setId("carrierAccountTitle");
        intro.setWrapText(true);
        intro.setId("carrierAccountIntro");
        body.setPadding(new Insets(4, 16, 16, 2));
        scroller.setFitToWidth(true);
        scroller.setId("carrierAccountScroller");

        back.setId("carrierBack");
        next.setId("carrierNext");
        close.setId("carrierClose");
        for (Button b : List.of(back, next, close, stop, retry, undo)) {
            b.setMnemonicParsing(true);
        }
        next.setDefaultButton(true);
        close.setCancelButton(true);
        back.disableProperty().bind(running);
        next.disableProperty().bind(running);
        back.setOnAction(e -> back());
        next.setOnAction(e -> next());
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, close, gap, back, next);
        footer.setPadding(new Insets(10, 16, 12, 16));
        footer.getStyleClass().add("footer");

        VBox head = new VBox(4, title, intro);
        head.setPadding(new Insets(14, 16, 8, 16));
        BorderPane root = new BorderPane(scroller, head, null, footer, null);
        BorderPane.setMargin(scroller, new Insets(0, 0, 0, 14));

        buildParts();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Mnemonics.nameKeysInTooltips(scene);
        scene.getStylesheets().add(CarrierAccountWindow.class.getResource("/org/trunkwizard/ui/app.css")
                .toExternalForm());
        stage.initOwner(owner);
        stage.setTitle(Messages.get("ui.carrierAccount.windowTitle", carrier.displayName()));
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(420);
        stage.setOnHidden(e -> stopRunning());
        show(Page.CONNECT);
    }

    private void buildParts() {
        authToken.setToggleGroup(twilioAuth);
        apiKeyAuth.setToggleGroup(twilioAuth);
        authToken.setId("carrierUseToken");
        apiKeyAuth.setId("carrierUseApiKey");
        authToken.setSelected(true);
        twilioAuth.selectedToggleProperty().addListener(o -> show(Page.CONNECT));
        accountSid.setId("carrierAccountSid");
        apiKeySid.setId("carrierApiKeySid");
        secret.setId("carrierSecret");
        connectLine.setId("carrierConnectLine");
        connectLine.setWrapText(true);
        logins.get(carrier).ifPresent(this::fill);
        remember.setId("carrierRemember");
        remember.setMnemonicParsing(true);
        remember.setDisable(true);
        rememberHint.setId("carrierRememberHint");
        rememberHint.getStyleClass().add("hint");
        rememberHint.setWrapText(true);
        rememberNote.setId("carrierRememberNote");
        rememberNote.getStyleClass().add("hint");
        rememberNote.setWrapText(true);

        move.setId("carrierMove");
        move.setMnemonicParsing(true);
        move.setWrapText(true);
        move.selectedProperty().addListener(o -> checkNumbers());
        name.setId("carrierTrunkName");
        name.setText(project.trunkName().isBlank() ? "LiveKit" : project.trunkName());
        name.textProperty().addListener(o -> checkNumbers());
        numbersLine.setId("carrierNumbersLine");
        numbersLine.setWrapText(true);

        planList.setId("carrierPlan");
        planList.setPrefHeight(240);
        stepList.setId("carrierSteps");
        stepList.setPrefHeight(200);
        status.setId("carrierStatus");
        status.setWrapText(true);
        carrierId.setId("carrierId");
        differences.setId("carrierDifferences");
        differences.setWrapText(true);
        stop.setId("carrierStop");
        retry.setId("carrierRetry");
        undo.setId("carrierUndo");
        stop.setOnAction(e -> stopRunning());
        retry.setOnAction(e -> apply());
        undo.setOnAction(e -> undo());
        trunkId.setId("carrierTrunkId");
        trunkId.setEditable(false);
        trunkId.setPrefColumnCount(28);
        Button copy = new Button(Messages.get("ui.carrierAccount.apply.copy"));
        copy.setId("carrierCopyTrunkId");
        copy.setMnemonicParsing(true);
        copy.setOnAction(e -> Ui.copy(trunkId.getText(), e));
        Label idLabel = label("ui.carrierAccount.apply.trunkId", trunkId);
        trunkIdRow.getChildren().setAll(idLabel, trunkId, copy);
        trunkIdRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    private void fill(CarrierLogin login) {
        if (login instanceof CarrierLogin.Twilio t) {
            accountSid.setText(t.accountSid());
            boolean key = !t.user().equals(t.accountSid());
            (key ? apiKeyAuth : authToken).setSelected(true);
            apiKeySid.setText(key ? t.user() : "");
            secret.setText(t.secret());
        } else if (login instanceof CarrierLogin.Telnyx t) {
            secret.setText(t.apiKey());
        }
    }

    // --- pages

    private void show(Page p) {
        page = p;
        title.setText(Messages.get(p.title, carrier.displayName()));
        intro.setText(Messages.get(p.intro, carrier.displayName()));
        back.setVisible(p != Page.CONNECT);
        List<Node> parts = switch (p) {
            case CONNECT -> connectPage();
            case NUMBERS -> numbersPage();
            case PLAN -> planPage();
            case APPLY -> applyPage();
        };
        body.getChildren().setAll(parts);
        Ui.keepWords(body);
        next.setText(Messages.get(p.next));
        scroller.setVvalue(0);
        updateApplyButtons();
    }

    private List<Node> connectPage() {
        List<Node> parts = new ArrayList<>();
        if (carrier == Carrier.TWILIO) {
            boolean key = apiKeyAuth.isSelected();
            parts.add(new VBox(4, authToken, apiKeyAuth, hint("ui.carrierAccount.twilio.auth.hint")));
            parts.add(field(label("ui.carrierAccount.twilio.accountSid", accountSid), accountSid,
                    hint("ui.carrierAccount.twilio.accountSid.hint")));
            if (key) {
                parts.add(field(label("ui.carrierAccount.twilio.apiKeySid", apiKeySid), apiKeySid,
                        hint("ui.carrierAccount.twilio.apiKeySid.hint")));
            }
            secretLabel.setText(Messages.get(key ? "ui.carrierAccount.twilio.apiSecret"
                    : "ui.carrierAccount.twilio.authToken"));
            secretHint.setText(Messages.get(key ? "ui.carrierAccount.twilio.apiSecret.hint"
                    : "ui.carrierAccount.twilio.authToken.hint"));
        } else {
            secretLabel.setText(Messages.get("ui.carrierAccount.telnyx.apiKey"));
            secretHint.setText(Messages.get("ui.carrierAccount.telnyx.apiKey.hint"));
        }
        secretLabel.setMnemonicParsing(true);
        secretLabel.setLabelFor(secret);
        secretLabel.getStyleClass().setAll("label", "field-label");
        secretHint.getStyleClass().setAll("label", "hint");
        secretHint.setWrapText(true);
        parts.add(field(secretLabel, secret, secretHint));
        parts.add(new VBox(4, remember, rememberHint));
        parts.add(connectLine);
        return parts;
    }

    private List<Node> numbersPage() {
        List<Node> parts = new ArrayList<>();
        if (!rememberNote.getText().isEmpty()) {
            parts.add(rememberNote);
        }
        parts.add(field(label("ui.carrierAccount.numbers.name", name), name, hint("ui.carrierAccount.numbers.name.hint")));
        Label numbersLabel = new Label(Messages.get("ui.carrierAccount.numbers.label"));
        numbersLabel.getStyleClass().add("field-label");
        parts.add(numbersLabel);
        parts.add(numberBoxes);
        parts.add(move);
        parts.add(hint("ui.carrierAccount.numbers.move.hint"));
        parts.add(numbersLine);
        checkNumbers();
        return parts;
    }

    private List<Node> planPage() {
        return List.of(planList, hint("ui.carrierAccount.plan.hint"));
    }

    private List<Node> applyPage() {
        HBox actions = new HBox(8, stop, retry, undo);
        return List.of(stepList, status, differences, carrierId, trunkIdRow, actions, hint("ui.carrierAccount.apply.hint"));
    }

    private void back() {
        if (page.ordinal() > 0) {
            show(Page.values()[page.ordinal() - 1]);
        }
    }

    private void next() {
        switch (page) {
            case CONNECT -> connect();
            case NUMBERS -> plan();
            case PLAN -> {
                show(Page.APPLY);
                apply();
            }
            case APPLY -> stage.close();
        }
    }

    // --- 1. Connect: one cheap read (numbers()) checks the credentials

    private void connect() {
        Optional<CarrierLogin> login = typedLogin();
        if (login.isEmpty()) {
            error(connectLine, Messages.get("ui.carrierAccount.connect.missing"));
            return;
        }
        info(connectLine, Messages.get("ui.carrierAccount.connect.checking"));
        CarrierKeychain saveTo = remember.isSelected() ? keychain : null;
        run(new SetupWork.Numbers(env, project, login.get(), region(), saveTo, opener), (SetupWork.Numbers w) -> {
            setup = w.setup();
            logins.keep(login.get());
            rememberNote.setText(w.rememberNote());
            listNumbers(w.numbers());
            connectLine.setText("");
            show(Page.NUMBERS);
        }, w -> error(connectLine, w.problemText()));
    }

    private Optional<CarrierLogin> typedLogin() {
        String s = secret.getText().strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (carrier == Carrier.TELNYX) {
            return Optional.of(new CarrierLogin.Telnyx(s));
        }
        String sid = accountSid.getText().strip();
        String user = apiKeyAuth.isSelected() ? apiKeySid.getText().strip() : sid;
        return sid.isEmpty() || user.isEmpty() ? Optional.empty() : Optional.of(new CarrierLogin.Twilio(sid, user, s));
    }

    private TelnyxRegion region() {
        return TelnyxRegion.ofHost(project.address()).orElse(TelnyxRegion.defaultRegion());
    }

    // --- 2. Numbers

    private void listNumbers(List<OwnedNumber> owned) {
        List<String> wanted = numberChecks.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData())
                .toList();
        numberChecks.clear();
        for (OwnedNumber n : owned) {
            CheckBox box = new CheckBox(Messages.get("ui.carrierAccount.numbers.item", n.phoneNumber(), use(n)));
            box.setUserData(n.phoneNumber());
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.getProperties().put("inUse", inUse(n));
            box.setSelected(wanted.contains(n.phoneNumber()) || owned.size() == 1 && !inUse(n));
            box.selectedProperty().addListener(o -> checkNumbers());
            numberChecks.add(box);
        }
        numberBoxes.getChildren().setAll(numberChecks.isEmpty()
                ? List.of(hint("ui.carrierAccount.numbers.none")) : numberChecks);
    }

    /** Taken from somewhere else only when the admin ticks Move; a voice URL is Twilio's default, not a use. */
    private static boolean inUse(OwnedNumber n) {
        return n.use() == OwnedNumber.Use.TRUNK || n.use() == OwnedNumber.Use.APP
                || n.use() == OwnedNumber.Use.CONNECTION;
    }

    private static String use(OwnedNumber n) {
        String key = switch (n.use()) {
            case FREE -> "ui.carrierAccount.use.free";
            case TRUNK -> "ui.carrierAccount.use.trunk";
            case APP -> "ui.carrierAccount.use.app";
            case CONNECTION -> "ui.carrierAccount.use.connection";
            case URL -> "ui.carrierAccount.use.url";
        };
        return Messages.get(key, n.usedBy());
    }

    /** Why Next cannot go on yet from Numbers, or empty. Moving a number in use is never implied. */
    private Optional<String> numbersBlocked() {
        if (name.getText().isBlank()) {
            return Optional.of(Messages.get("ui.carrierAccount.numbers.noName"));
        }
        List<CheckBox> ticked = numberChecks.stream().filter(CheckBox::isSelected).toList();
        if (ticked.isEmpty()) {
            return Optional.of(Messages.get("ui.carrierAccount.numbers.noneTicked"));
        }
        if (!move.isSelected() && ticked.stream().anyMatch(c -> Boolean.TRUE.equals(c.getProperties().get("inUse")))) {
            return Optional.of(Messages.get("ui.carrierAccount.numbers.inUse"));
        }
        return Optional.empty();
    }

    private void checkNumbers() {
        Optional<String> blocked = numbersBlocked();
        if (blocked.isPresent()) {
            info(numbersLine, blocked.get());
        } else {
            numbersLine.setText("");
        }
    }

    // --- 3. Plan (reads only)

    private void plan() {
        Optional<String> blocked = numbersBlocked();
        if (blocked.isPresent()) {
            error(numbersLine, blocked.get());
            return;
        }
        request = new SetupRequest(name.getText().strip(), numberChecks.stream().filter(CheckBox::isSelected)
                .map(c -> (String) c.getUserData()).toList(),
                Optional.of(project.sipUri().strip()).filter(u -> !u.isEmpty()), List.of(), false, move.isSelected());
        info(numbersLine, Messages.get("ui.carrierAccount.plan.reading"));
        run(new SetupWork.Plan(setup, request), (SetupWork.Plan w) -> {
            numbersLine.setText("");
            planList.getItems().setAll(w.steps().stream().map(CarrierAccountWindow::line).toList());
            show(Page.PLAN);
        }, w -> error(numbersLine, w.problemText()));
    }

    static String line(SetupStep s) {
        return StepWords.line(s);
    }

    // --- 4. Apply, Verify, Undo

    private void apply() {
        stepList.getItems().clear();
        differences.setText("");
        result = null;
        undoing = false;
        info(status, Messages.get("ui.carrierAccount.apply.running"));
        run(new SetupWork.Apply(setup, request, this::stepped), (SetupWork.Apply w) -> {
            result = w.result();
            showResult(result);
            if (!result.livekitTrunkId().isEmpty()) {
                onFinish.accept(new Finished(result.livekitTrunkId(), request.name(), result.newPassword()));
            }
        }, w -> {
            error(status, w.problemText() + "\n" + Messages.get("ui.carrierAccount.apply.rerun"));
        });
    }

    private void stepped(SetupStep s) {
        stepList.getItems().add(line(s));
        stepList.scrollTo(stepList.getItems().size() - 1);
    }

    private void showResult(SetupResult r) {
        trunkId.setText(r.livekitTrunkId());
        carrierId.setText(r.carrierId().isEmpty() ? "" : Messages.get(CARRIER_ID_KEY + carrier.id(), r.carrierId()));
        if (r.bothSidesMatch()) {
            done(status, Messages.get("ui.carrierAccount.apply.match"));
        } else {
            error(status, Messages.get("ui.carrierAccount.apply.differ", r.differences().size()));
        }
        List<String> notes = new ArrayList<>(r.differences());
        notes.addAll(r.warnings());
        differences.setText(String.join("\n", notes));
    }

    private void undo() {
        String trunkName = request == null ? name.getText().strip() : request.name();
        stepList.getItems().clear();
        differences.setText("");
        trunkId.setText("");
        carrierId.setText("");
        result = null;
        undoing = true;
        info(status, Messages.get("ui.carrierAccount.undo.running"));
        run(new SetupWork.Undo(setup, trunkName, this::stepped),
                (SetupWork.Undo w) -> done(status, Messages.get("ui.carrierAccount.undo.done", trunkName)),
                w -> error(status, w.problemText()));
    }

    private void stopRunning() {
        if (work != null) {
            work.requestStop();
        }
    }

    /** Runs {@code w} on a worker; exactly one of the two callbacks then runs on the FX thread. */
    @SuppressWarnings("unchecked")
    private <W extends SetupWork> void run(W w, Consumer<W> ok, Consumer<W> failed) {
        work = w;
        running.set(true);
        updateApplyButtons();
        w.setOnSucceeded(e -> {
            running.set(false);
            keepRecordLeft(w);
            ok.accept(w);
            updateApplyButtons();
        });
        w.setOnFailed(e -> {
            running.set(false);
            keepRecordLeft(w);
            failed.accept(w);
            updateApplyButtons();
        });
        w.startInBackground("carrier-setup");
    }

    private void keepRecordLeft(SetupWork w) {
        if (w.recordLeftAtEnd() != null) {
            recorded = w.recordLeftAtEnd();
        }
    }

    private void updateApplyButtons() {
        boolean busy = running.get();
        boolean applying = page == Page.APPLY;
        stop.setVisible(applying && busy);
        stop.setManaged(stop.isVisible());
        boolean failed = applying && !busy && !undoing && (result == null || !result.bothSidesMatch())
                && setup != null && request != null;
        retry.setVisible(failed);
        retry.setManaged(failed);
        boolean canUndo = applying && !busy && setup != null && request != null && recorded;
        undo.setVisible(canUndo);
        undo.setManaged(canUndo);
        trunkIdRow.setVisible(!trunkId.getText().isEmpty());
        trunkIdRow.setManaged(trunkIdRow.isVisible());
    }

    // --- small parts

    private static Label label(String key, Control target) {
        Label l = new Label(Messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    private static VBox field(Label label, Control input, Label hint) {
        input.setAccessibleHelp(hint.getText());
        return new VBox(4, label, input, hint);
    }

    private static void error(Label line, String text) {
        line.getStyleClass().removeAll("hint", "success");
        line.getStyleClass().add("error");
        line.setText("\u2716 " + text);
    }

    private static void done(Label line, String text) {
        line.getStyleClass().removeAll("hint", "error");
        line.getStyleClass().add("success");
        line.setText("\u2714 " + text);
    }

    private static void info(Label line, String text) {
        line.getStyleClass().removeAll("error", "success");
        line.getStyleClass().add("hint");
        line.setText(text);
    }

    static String problemText(Problem p) {
        return p.hint().isBlank() ? p.message() : p.message() + " " + p.hint();
    }

    static String problemText(ApiException e) {
        return problemText(e.problem());
    }
}
