package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.SecretSession;

/** Renders each step, filled as a user would, to docs/screenshots/NN-step.png. */
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
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(s, step());
            shoot(robot, String.format("%02d-%s.png", s.ordinal() + 1, s.name().toLowerCase()));
        }
    }

    @Test
    void problemsRenderToPng(FxRobot robot) throws Exception {
        toConnectionWithProblems(robot);
        shoot(robot, "04b-connection-problems.png");
        robot.interact(() -> {
            model().address.set("sip:acme.pstn.twilio.com");
            model().numbersText.set("+1 650 253 0000");
            model().password.set("short1");
        });
        clickNext(robot);
        shoot(robot, "05b-optional-weak-password.png");
        robot.interact(() -> wizard.go(Step.CARRIER));
        robot.clickOn("#livekit");
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
        shoot(robot, "01b-draft-offered.png");
    }

    @Test
    void noKeychainRendersToPng(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            wizard = WizardController.open(stage, new WizardEnv(configDir, asTyped()));
        });
        waitUntil(() -> model().keychain.get() != null);
        shoot(robot, "01c-project-no-keychain.png");
    }

    @Test
    void helpRendersToPng(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#helpButton").queryButton().fire());
        javafx.scene.Node help = robot.lookup("#helpText").query();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screens.save(help.getScene(), Screens.DIR.resolve("01d-help.png"));
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
