package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardController;

/**
 * Renders each step, filled as a user would, to target/screenshots/NN-step.png (docs/screenshots on a refresh).
 * Each shot first asserts what it must show, so a picture in the README is also a passing check.
 */
class ScreenshotTest extends WizardTestBase {


    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The shots show a desktop with a keychain ("Remember" offered); {@link #noKeychainRendersToPng} one without. */
    @Override
    WizardEnv env() {
        SecretSession keychain = new SecretSession(KeychainStatus.available("GNOME_KEYRING", Duration.ZERO),
                new MemoryKeychain());
        return new WizardEnv(configDir, asTyped(), () -> CompletableFuture.completedFuture(keychain));
    }

    @Test
    void everyStepRendersToPng(FxRobot robot) throws Exception {
        fillValid(robot);
        CountDownLatch release = new CountDownLatch(1);
        server.holdUntil("CreateSIPOutboundTrunk", release);
        waitUntil(() -> model().keychain.get() != null);
        for (Step s : Step.values()) {
            if (s == Step.DONE) {
                release.countDown();
                waitUntil(() -> step() == Step.DONE);
            } else if (s != Step.PROJECT) {
                clickNext(robot);
            }
            assertShows(robot, s);
            if (s.ordinal() < Step.REVIEW.ordinal()) {
                assertEquals("", text(robot, "#summary"), s + ": a valid trunk leaves nothing to fix");
                assertFalse(nextButton(robot).isDisabled(), s + ": Next is open");
            }
            if (s == Step.DONE) {
                assertTrue(robot.lookup("#trunkId").queryTextInputControl().getText().startsWith("ST_"),
                        "the Trunk ID is shown");
            }
            shoot(robot, String.format("%02d-%s.png", s.ordinal() + 1, s.name().toLowerCase()));
        }
    }

    @Test
    void problemsRenderToPng(FxRobot robot) throws Exception {
        toConnectionWithProblems(robot);
        assertShows(robot, Step.CONNECTION);
        assertLine(robot, "#addressLine", "error", "user name");
        assertTrue(nextButton(robot).isDisabled(), "an error keeps Next closed");
        shoot(robot, "04b-connection-problems.png");
        robot.interact(() -> {
            model().address.set("sip:acme.pstn.twilio.com");
            model().numbersText.set("+1 650 253 0000");
            model().password.set("short1");
        });
        clickNext(robot);
        assertShows(robot, Step.OPTIONAL);
        assertLine(robot, "#passwordLine", "error", "");
        shoot(robot, "05b-optional-weak-password.png");
        robot.interact(() -> wizard.go(Step.CARRIER));
        robot.clickOn("#livekit");
        assertShows(robot, Step.CARRIER);
        assertTrue(robot.lookup("#inboundOnly").query().isVisible(), "LiveKit Phone Numbers explained");
        assertTrue(nextButton(robot).isDisabled(), "an inbound-only carrier cannot go on");
        shoot(robot, "02b-carrier-livekit.png");
    }

    @Test
    void draftOfferRendersToPng(FxRobot robot) throws Exception {
        fillValid(robot);
        wizard.drafts().flush();
        robot.interact(() -> {
            stage.close();
            wizard = WizardController.open(stage, new WizardEnv(configDir, asTyped()));
        });
        waitUntil(() -> stage.getScene().lookup("#draftBanner").isVisible());
        assertShows(robot, Step.PROJECT);
        assertTrue(robot.lookup("#restoreButton").query().isVisible(), "Restore offered");
        shoot(robot, "01b-draft-offered.png");
    }

    @Test
    void noKeychainRendersToPng(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            wizard = WizardController.open(stage, new WizardEnv(configDir, asTyped()));
        });
        waitUntil(() -> model().keychain.get() != null);
        assertShows(robot, Step.PROJECT);
        assertTrue(robot.lookup("#remember").query().isDisabled(), "no keychain: Remember greyed out");
        assertFalse(text(robot, "#rememberLine").isEmpty(), "with the reason beside it");
        shoot(robot, "01c-project-no-keychain.png");
    }

    @Test
    void helpRendersToPng(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#helpButton").queryButton().fire());
        javafx.scene.Node help = robot.lookup("#helpText").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(help.isVisible() && help.getScene().getWindow().isShowing(), "Help is open");
        robot.interact(() -> {
            try {
                Screens.save(help.getScene(), "01d-help.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            help.getScene().getWindow().hide();
        });
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Screens.shoot(robot, stage.getScene(), name);
        assertEquals(WizardController.WIDTH, stage.getScene().getWidth(), 1, "shots show the default 960x680");
    }
}
