package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.cli.IsolatedJvm;
import org.trunkwizard.cli.Sentinels;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.PrivateSecretService;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.wizard.ReviewPage;
import org.trunkwizard.ui.wizard.Step;

/**
 * Issue 4 in the window: with sentinel values for the API secret and the trunk password, Remember ticked, a create,
 * an export from Review and a password rotation in the Credentials window (the new password is a third sentinel)
 * leave none of them in any file under the config folder (draft, index, profiles, window size), in the export, or
 * in anything printed or logged, while each does reach LiveKit and the keychain. A real Secret Service (a private
 * gnome-keyring) and the LiveKit test server through the real SipApi.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class WindowSecretHygieneTest extends WizardTestBase {

    private static final String KEY = "APIwindowHygiene";
    private static final String SECRET = "SENTINEL-apisecret-win-5f31c2";
    private static final String PASSWORD = "SENTINEL-Pw-window-8d07ab";
    private static final String HOST = "127.0.0.1";

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    final LiveKitTestServer server = LiveKitTestServer.start();
    /** Issue 13: the carrier account set up from the window, with a sentinel Auth Token. */
    private static final String TWILIO_ACCOUNT = "AC" + "0".repeat(31) + "5";
    private static final String TWILIO_TOKEN = "SENTINEL-twilio-token-hyg-6e20f4";
    final org.trunkwizard.carriers.twilio.server.TwilioTestServer twilio =
            org.trunkwizard.carriers.twilio.server.TwilioTestServer.start(TWILIO_ACCOUNT, TWILIO_TOKEN);
    /** Where the user saves the export. */
    @TempDir
    Path exports;

    private final IsolatedJvm jvm = new IsolatedJvm();
    /** The window's folder: the one IsolatedJvm made and points AppDirs at, so both ways of finding it meet. */
    private Path config;

    /** Capturing starts here, before the window exists, so whatever it prints while opening is searched too. */
    @Start
    void start(Stage stage) throws IOException {
        jvm.start();
        config = jvm.config();
        open(stage);
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(config, liveKit(), SecretSession::openInBackground,
                java.util.Map.of("TRUNKWIZARD_TWILIO_API_BASE", twilio.base()));
    }

    /** Replaces the base's: the draft writer must stop before the capture ends and the folder goes. */
    @Override
    @AfterEach
    void stopDraftWriter() {
        server.close();
        twilio.close();
        super.stopDraftWriter();
        try {
            jvm.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> inKeychain(CredentialKey key) throws Exception {
        try (SecretSession keychain = SecretSession.open()) {
            assertTrue(keychain.canRemember(), keychain.status().message());
            return keychain.store().load(key).map(String::new);
        }
    }

    private void tickRemember(FxRobot robot) throws Exception {
        CheckBox remember = robot.lookup("#remember").queryAs(CheckBox.class);
        waitUntil(() -> !remember.isDisabled());
        robot.interact(remember::requestFocus); // Space, not a click: see KeychainWindowTest
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model().remember.get());
    }

    @Test
    void createExportAndRotateLeaveNoSecretInAnyFileOrOutput(FxRobot robot) throws Exception {
        server.addKey(KEY, SECRET);
        tickRemember(robot);
        fillValid(robot, server.url(), KEY, SECRET);
        robot.interact(() -> model().password.set(PASSWORD));
        toReview(robot);

        // The draft exists only until the create: search it now.
        Path draft = config.resolve("draft.json");
        waitUntil(() -> Files.exists(draft));
        assertTrue(Files.readString(draft).contains("livekit-user"), "the draft is this trunk's");
        Sentinels.assertAbsentFromFiles(config, List.of(SECRET, PASSWORD), "the config folder with the draft");

        // Export from Review, as a user saves it.
        Path export = exports.resolve("outbound-trunk.json");
        robot.interact(() -> ((ReviewPage) wizard.page(Step.REVIEW)).exportTo(export));
        waitUntil(() -> text(robot, "#exportResult").startsWith("Saved"));
        assertTrue(Files.readString(export).contains("livekit-user"), "the export is this trunk's");

        // Create: the password reaches LiveKit, and the keychain holds it and the API secret.
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        waitUntil(() -> model().keychainNote.get().startsWith("\u2714"));
        String trunkId = model().trunkId.get();
        assertEquals(PASSWORD, server.received("CreateSIPOutboundTrunk").get(0)
                .bodyAs(CreateSIPOutboundTrunkRequest.class).getTrunk().getAuthPassword());
        CredentialKey trunk = CredentialKey.trunk(HOST, trunkId);
        assertEquals(Optional.of(PASSWORD), inKeychain(trunk));
        assertEquals(Optional.of(SECRET), inKeychain(CredentialKey.livekit(HOST, KEY)));

        // Rotate in the Credentials window over the same session: LiveKit gets the new password, then the keychain.
        robot.interact(() -> robot.lookup("#credentialsButton").queryButton().fire());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        CheckBox keep = robot.lookup("#rememberBox").queryAs(CheckBox.class);
        waitUntil(keep::isSelected);
        Node row = robot.lookup(".table-cell")
                .match(n -> "Emily Outbound Trunk".equals(((TableCell<?, ?>) n).getText())).query();
        robot.clickOn(row);
        robot.interact(() -> robot.lookup("#rotateButton").queryButton().fire());
        robot.interact(() -> robot.lookup("#confirmButton").queryButton().fire());
        waitUntil(() -> robot.lookup("#valueBox").query().isVisible());

        String rotated = server.trunks().stream().filter(t -> t.getSipTrunkId().equals(trunkId)).findFirst()
                .orElseThrow().getAuthPassword();
        assertNotEquals(PASSWORD, rotated);
        assertEquals(List.of(rotated), server.received("UpdateSIPOutboundTrunk").stream()
                .map(r -> r.bodyAs(UpdateSIPOutboundTrunkRequest.class).getUpdate().getAuthPassword()).toList(),
                "rotation sends the password alone, as LiveKit's partial update");
        assertEquals(Optional.of(rotated), inKeychain(trunk));
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());

        // Closing the wizard writes its last files (the window size, a pending draft) before it returns.
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(Files.exists(config.resolve("window.properties")));

        List<String> sentinels = List.of(SECRET, PASSWORD, rotated);
        Sentinels.assertAbsentFromText(List.of(jvm.printed()), sentinels);
        int written = Sentinels.assertAbsentFromFiles(config, sentinels, "the config folder");
        assertTrue(written >= 2, "the index and the profiles at least: " + written + " files");
        assertEquals(1, Sentinels.assertAbsentFromFiles(exports, sentinels, "the export"));
    }

    /**
     * Issue 13: the Twilio Auth Token typed in the carrier-account window and the trunk password it generated reach
     * Twilio and LiveKit (and the password the keychain, Remember being ticked), and no file, print or log.
     */
    @Test
    void carrierAccountSetupLeavesNoCarrierSecretInAnyFileOrOutput(FxRobot robot) throws Exception {
        server.addKey(KEY, SECRET);
        twilio.addNumber("+15551237001");
        tickRemember(robot);
        fillValid(robot, server.url(), KEY, SECRET);
        clickNext(robot);
        CarrierAccountDriver d = new CarrierAccountDriver(robot);
        Stage window = d.open(wizard);
        d.type("#carrierAccountSid", TWILIO_ACCOUNT);
        d.type("#carrierSecret", TWILIO_TOKEN);
        CheckBox carrierRemember = d.find("#carrierRemember");
        waitUntil(() -> !carrierRemember.isDisabled());
        assertTrue(carrierRemember.isSelected(), "Remember is ticked as the wizard's own");
        d.connect();
        assertTrue(d.text("#carrierRememberNote").startsWith("\u2714"), d.text("#carrierRememberNote"));
        assertEquals(Optional.of(TWILIO_TOKEN), inKeychain(new CredentialKey(
                org.trunkwizard.secrets.CredentialKind.CARRIER, "api.twilio.com", TWILIO_ACCOUNT)),
                "the same entry as trunk-wizard carrier login");
        d.plan();
        d.assertMatch(d.apply());
        waitUntil(() -> step() == Step.DONE);
        waitUntil(() -> model().keychainNote.get().startsWith("\u2714"));
        String generated = twilio.passwords().get(0);
        assertEquals(generated, server.trunks().iterator().next().getAuthPassword());
        assertEquals(Optional.of(generated), inKeychain(CredentialKey.trunk(HOST, model().trunkId.get())));
        robot.interact(window::close);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        List<String> sentinels = List.of(SECRET, TWILIO_TOKEN, generated);
        Sentinels.assertAbsentFromText(List.of(jvm.printed()), sentinels);
        int written = Sentinels.assertAbsentFromFiles(config, sentinels, "the config folder");
        assertTrue(Files.exists(config.resolve("carriers")), "the setup's record of what it created is there");
        assertTrue(written >= 2, "the setup record and the index at least: " + written + " files");
    }

    /**
     * "Receive calls too" with credentials: the inbound trunk's sentinel password reaches LiveKit and the keychain
     * (under the inbound trunk's ID), and no file, print or log; nor any text on screen, i.e. any screenshot, while
     * it is hidden (the page shows it only on Show).
     */
    @Test
    void inboundCredentialsLeaveNoPasswordInAnyFileOutputOrScreen(FxRobot robot) throws Exception {
        server.addKey(KEY, SECRET);
        tickRemember(robot);
        fillValid(robot, server.url(), KEY, SECRET);
        robot.interact(() -> {
            model().carrier.set(org.trunkwizard.trunk.Carrier.OTHER);
            model().address.set("sip.example.net");
            model().password.set(PASSWORD);
        });
        toReview(robot);
        clickNext(robot);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> step() == Step.DONE);
        waitUntil(() -> model().keychainNote.get().startsWith("\u2714"));

        robot.clickOn(ServerWizardTestBase.reveal(robot, "#inboundAuth"));
        robot.interact(() -> {
            robot.lookup("#inboundUsername").queryTextInputControl().setText("acmein");
            robot.lookup("#inboundPassword").queryTextInputControl().setText(INBOUND_PASSWORD);
        });
        robot.clickOn(ServerWizardTestBase.reveal(robot, "#createRule"));
        waitUntil(() -> text(robot, "#inboundPasswordKept").startsWith("\u2714"));
        String inboundId = server.inboundTrunks().iterator().next().getSipTrunkId();
        assertEquals(INBOUND_PASSWORD, server.inboundTrunks().iterator().next().getAuthPassword());
        assertEquals(Optional.of(INBOUND_PASSWORD), inKeychain(CredentialKey.trunk(HOST, inboundId)));
        assertTrue(text(robot, "#inboundPasswordKept").contains(inboundId), text(robot, "#inboundPasswordKept"));
        robot.interact(() -> {
            List<String> onScreen = robot.lookup(n -> n instanceof javafx.scene.text.Text && onScreen(n)).queryAll()
                    .stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList();
            assertTrue(onScreen.stream().anyMatch(t -> t.contains(inboundId)), "the page is the one searched");
            Sentinels.assertAbsentFromText(onScreen, List.of(INBOUND_PASSWORD));
        });

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        List<String> sentinels = List.of(SECRET, PASSWORD, INBOUND_PASSWORD);
        Sentinels.assertAbsentFromText(List.of(jvm.printed()), sentinels);
        int written = Sentinels.assertAbsentFromFiles(config, sentinels, "the config folder");
        assertTrue(written >= 2, "the index and the profiles at least: " + written + " files");
    }

    private static final String INBOUND_PASSWORD = "SENTINEL-Pw-inbound-3c94e1";

    private static boolean onScreen(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
