package org.trunkwizard.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.Timeouts;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.ui.common.TrunkServiceFactory;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardController;
import org.trunkwizard.ui.wizard.WizardModel;

/**
 * Opens a fresh wizard window per test, with its own config folder and its own LiveKit-compatible test server, reached
 * through the window's real client. By default the project URL typed is a LiveKit Cloud one ({@link #URL}) that the
 * test server answers for ({@link #asTyped()}), so what the window shows stays what a user sees; subclasses may point
 * the window at the server's own URL ({@link #liveKit()}).
 */
@ExtendWith(ApplicationExtension.class)
abstract class WizardTestBase {

    @TempDir
    Path configDir;
    static final String URL = "wss://acme-voice.livekit.cloud";
    static final String KEY = "APIacmeWizard";
    static final String SECRET = "acme-wizard-secret-4f1c9e";

    final LiveKitTestServer server = LiveKitTestServer.start();

    WizardTestBase() {
        server.addKey(KEY, SECRET);
    }
    WizardController wizard;
    Stage stage;

    /** TestFX looks for {@code @Start} only on the test class itself: each subclass calls this from its own. */
    void open(Stage stage) {
        this.stage = stage;
        // TestFX reuses one primary stage: undo the size an earlier test may have given it.
        stage.setWidth(WizardController.WIDTH);
        stage.setHeight(WizardController.HEIGHT);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = WizardController.open(stage, env());
        // Typed keys go to the focused window: make sure it is this one, even after a test closed it.
        stage.toFront();
        stage.requestFocus();
    }

    /** The draft writer must be done before JUnit deletes the config folder, or the deletion can fail. */
    @AfterEach
    void stopDraftWriter() {
        if (wizard != null) {
            wizard.drafts().close();
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** What the window talks to; by default the test server, whatever URL was typed, and no keychain. */
    WizardEnv env() {
        return new WizardEnv(configDir, asTyped());
    }

    /**
     * The real client, sent to the test server whatever project URL the window has; the shipped timeouts, so a test
     * may hold a request open ({@code server.holdUntil}) for as long as it needs.
     */
    TrunkServiceFactory asTyped() {
        return (url, key, secret) -> new SipApi(LiveKitConnection.of(server.url(), key, secret));
    }

    /** The window's real LiveKit client, with timeouts short enough for a test to see one fire. */
    static TrunkServiceFactory liveKit() {
        return (url, key, secret) -> new SipApi(LiveKitConnection.of(url, key, secret), SHORT);
    }

    static final Timeouts SHORT = new Timeouts(Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofSeconds(2));

    WizardModel model() {
        return wizard.model();
    }

    Step step() {
        return model().step.get();
    }

    static Button nextButton(FxRobot robot) {
        return robot.lookup("#nextButton").queryButton();
    }

    static String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return ((Labeled) n).getText();
    }

    /** Fills steps 1-5 with a correct Twilio trunk, straight into the model. */
    void fillValid(FxRobot robot) {
        fillValid(robot, URL, KEY, SECRET);
    }

    /** The same for another LiveKit project (a test server's URL, key and secret). */
    void fillValid(FxRobot robot, String url, String key, String secret) {
        robot.interact(() -> {
            WizardModel m = model();
            m.liveKitUrl.set(url);
            m.apiKey.set(key);
            m.apiSecret.set(secret);
            m.carrier.set(org.trunkwizard.trunk.Carrier.TWILIO);
            m.name.set("Emily Outbound Trunk");
            m.address.set("sip:acme.pstn.twilio.com");
            m.numbersText.set("+1 650 253 0000, (415) 555-0132");
            m.region.set("US");
            m.username.set("livekit-user");
            m.password.set("Tq7-vLm2_Rz9xKp4Wd8N");
        });
    }

    /** A valid trunk, then a user name in the address and numbers with problems, shown on Connection (04b). */
    void toConnectionWithProblems(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> {
            model().address.set("sip:alice@acme.pstn.twilio.com");
            model().numbersText.set("+1 650 253 0000, +1 555 123 4567, 12, +1 650 253 0000");
        });
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        org.junit.jupiter.api.Assertions.assertEquals(Step.CONNECTION, step());
    }

    /** From a filled page 1 through Next to Review. */
    void toReview(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        org.junit.jupiter.api.Assertions.assertEquals(Step.REVIEW, step());
    }

    /** What a screenshot must show before it is taken: this step's page, with its title on screen. */
    void assertShows(FxRobot robot, Step s) {
        WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertEquals(s, step());
        org.junit.jupiter.api.Assertions.assertEquals(s.title(), text(robot, "#pageTitle"));
    }

    /** The state the line under a field shows: "error", "warning" or "hint" (its style class), and its words. */
    static void assertLine(FxRobot robot, String id, String state, String words) {
        Labeled line = robot.lookup(id).query();
        org.junit.jupiter.api.Assertions.assertTrue(line.isVisible() && line.getStyleClass().contains(state),
                id + " should show a " + state + ": " + line.getStyleClass() + " " + line.getText());
        org.junit.jupiter.api.Assertions.assertTrue(line.getText().contains(words),
                id + " should say '" + words + "': " + line.getText());
    }

    void clickNext(FxRobot robot) {
        robot.interact(() -> nextButton(robot).fire());
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
