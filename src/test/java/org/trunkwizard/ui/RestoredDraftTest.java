package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardController;

/**
 * The draft leaves the API secret out on purpose. After a restart and Restore, the admin must be told the secret is
 * missing (at its field, on Review, in the footer) instead of Create bouncing back to page 1 without a word.
 */
class RestoredDraftTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void restartAndRestore(FxRobot robot) throws Exception {
        wizard.drafts().flush();
        robot.interact(() -> {
            wizard.drafts().close();
            stage.close();
            wizard = WizardController.open(stage, new WizardEnv(configDir, asTyped()));
        });
        waitUntil(() -> stage.getScene().lookup("#draftBanner").isVisible());
        robot.clickOn("#restoreButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMissingSecretIsFlaggedCountedAndBlocksCreateWithAReason(FxRobot robot) throws Exception {
        fillValid(robot);
        toReview(robot);
        restartAndRestore(robot);

        assertEquals(Step.REVIEW, step(), "the draft resumes on Review");
        String secretEmpty = Messages.get("livekit.secret.empty");
        assertTrue(remaining(robot).stream().anyMatch(t -> t.contains(secretEmpty)),
                "Review lists the missing secret: " + remaining(robot));
        assertFalse(remaining(robot).contains(Messages.get("ui.review.nothingLeft")), "not 'Nothing left to fix'");
        assertEquals(Messages.get("ui.summary.errors", 2), text(robot, "#summary"), "the secret and the password");
        assertTrue(nextButton(robot).isDisabled(), "Create waits for the secret");
        assertFalse(stepLink(robot, Step.PROJECT).getText().startsWith("\u2713"), "no tick on LiveKit project");

        clickNext(robot);
        assertEquals(Step.REVIEW, step(), "Create does not leave Review");
        assertTrue(server.received().isEmpty(), "nothing sent");

        robot.clickOn(stepLink(robot, Step.PROJECT));
        assertShows(robot, Step.PROJECT);
        assertLine(robot, "#secretLine", "error", secretEmpty);

        robot.clickOn("#secret").write(SECRET);
        robot.interact(() -> model().password.set("Tq7-vLm2_Rz9xKp4Wd8N"));
        robot.clickOn(stepLink(robot, Step.REVIEW));
        assertTrue(remaining(robot).contains(Messages.get("ui.review.nothingLeft")), remaining(robot).toString());
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        assertEquals(1, server.received("CreateSIPOutboundTrunk").size());
    }

    @Test
    void aCreateRefusedForAFieldOnAnEarlierPageSaysWhyThere(FxRobot robot) throws Exception {
        fillValid(robot);
        toReview(robot);
        restartAndRestore(robot);
        robot.interact(() -> {
            // A secret LiveKit refuses: the create goes back to page 1, which must say why.
            model().apiSecret.set("not-" + SECRET);
            model().password.set("Tq7-vLm2_Rz9xKp4Wd8N");
        });
        clickNext(robot);
        waitUntil(() -> step() == Step.PROJECT);
        assertLine(robot, "#secretLine", "error", Messages.get("livekit.failure.badSecret"));
        assertTrue(text(robot, "#summary").startsWith("\u2716"), "the footer says why: " + text(robot, "#summary"));
        assertTrue(robot.lookup("#retryButton").queryButton().isVisible(), "Retry offered");
    }

    private static List<String> remaining(FxRobot robot) {
        VBox box = robot.lookup("#remaining").query();
        return box.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    static Button stepLink(FxRobot robot, Step s) {
        return robot.lookup(".step-link").nth(s.ordinal()).queryButton();
    }
}
