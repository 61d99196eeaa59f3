package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.ui.WizardEnv;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardController;
import org.trunkwizard.ui.wizard.WizardModel;

/** Back keeps everything; a restart offers the draft back; the draft never holds a secret. */
class DraftTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void backKeepsEverythingTyped(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> {
            model().transport.set(Transport.TCP);
            model().mediaEncryption.set(MediaEncryption.REQUIRED);
        });
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        assertEquals(Step.REVIEW, step());
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> robot.lookup("#backButton").queryButton().fire());
        }
        assertEquals(Step.PROJECT, step());
        assertEquals("wss://acme-voice.livekit.cloud", robot.lookup("#url").queryTextInputControl().getText());
        assertEquals(SECRET, robot.lookup("#secret").queryTextInputControl().getText());
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertEquals("sip:acme.pstn.twilio.com", robot.lookup("#address").queryTextInputControl().getText());
        assertTrue(robot.lookup("#tcp").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        clickNext(robot);
        assertTrue(robot.lookup("#required").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertEquals("Tq7-vLm2_Rz9xKp4Wd8N", robot.lookup("#hidden").queryTextInputControl().getText());
    }

    @Test
    void theSideListGoesBackToAFinishedStep(FxRobot robot) {
        fillValid(robot);
        for (int i = 0; i < 4; i++) {
            clickNext(robot);
        }
        assertEquals(Step.OPTIONAL, step());
        robot.clickOn(robot.lookup(".step-link").nth(1).queryButton());
        assertEquals(Step.CARRIER, step());
        assertTrue(robot.lookup(".step-link").nth(5).queryButton().isDisabled(), "Review not reached yet");
    }

    @Test
    void draftComesBackAfterRestartWithoutSecrets(FxRobot robot) throws Exception {
        fillValid(robot);
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        robot.interact(() -> {
            model().numbersText.set("+1 650 253 0000\n(415) 555-0132");
            model().liveKitSipUri.set("sip:abc123.sip.livekit.cloud");
        });
        wizard.drafts().flush();

        Path draft = configDir.resolve("draft.json");
        String json = Files.readString(draft);
        assertTrue(json.contains("acme.pstn.twilio.com"), json);
        assertFalse(json.contains("Tq7-vLm2_Rz9xKp4Wd8N"), "the trunk password must never be in the draft");
        assertFalse(json.contains(SECRET), "the API secret must never be in the draft");
        assertFalse(json.contains("auth_password"), json);

        WizardController[] restarted = restartAndPress(robot, "#restoreButton");

        WizardModel m = restarted[0].model();
        assertEquals(Step.CONNECTION, m.step.get());
        assertEquals(Carrier.TWILIO, m.carrier.get());
        assertEquals("Emily Outbound Trunk", m.name.get());
        assertEquals("sip:acme.pstn.twilio.com", m.address.get());
        assertEquals("+1 650 253 0000\n(415) 555-0132", m.numbersText.get());
        assertEquals("livekit-user", m.username.get());
        assertEquals("wss://acme-voice.livekit.cloud", m.liveKitUrl.get());
        assertEquals(KEY, m.apiKey.get());
        assertEquals("sip:abc123.sip.livekit.cloud", m.liveKitSipUri.get(), "the project's SIP URI comes back too");
        assertEquals("", m.password.get());
        assertEquals("", m.apiSecret.get());
        robot.interact(() -> restarted[0].stage().close());
    }

    /** A second window with the same config folder, as after a restart; presses a button of its draft offer. */
    private WizardController[] restartAndPress(FxRobot robot, String button) throws Exception {
        WizardController[] restarted = new WizardController[1];
        robot.interact(() -> restarted[0] = WizardController.open(new Stage(), new WizardEnv(configDir,
                asTyped())));
        waitUntil(() -> restarted[0].stage().getScene().lookup("#draftBanner").isVisible());
        robot.interact(() -> ((javafx.scene.control.Button) restarted[0].stage().getScene().lookup(button)).fire());
        return restarted;
    }

    @Test
    void typingIsSavedWithoutAnyExplicitSave(FxRobot robot) throws Exception {
        robot.clickOn("#url").write("wss://typed.livekit.cloud");
        Path draft = configDir.resolve("draft.json");
        waitUntil(() -> {
            try {
                return Files.exists(draft) && Files.readString(draft).contains("wss://typed.livekit.cloud");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try (var files = Files.list(configDir)) {
            assertEquals(1, files.count(), "only draft.json: temp files are renamed into place");
        }
    }

    @Test
    void discardingTheDraftStartsOver(FxRobot robot) throws Exception {
        fillValid(robot);
        wizard.drafts().flush();
        WizardController[] restarted = restartAndPress(robot, "#discardButton");
        restarted[0].drafts().flush();
        assertEquals("", restarted[0].model().name.get());
        waitUntil(() -> !Files.exists(configDir.resolve("draft.json")));
        robot.interact(() -> restarted[0].stage().close());
    }
}
