package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.wizard.Step;

/**
 * Without a keychain the trunk password lives only in this window: Done shows it (hidden, Show, Copy) and Close
 * warns before it is lost. With the password saved in the keychain, Close just closes.
 */
class DonePasswordTest extends WizardTestBase {

    private static final String PASSWORD = "Tq7-vLm2_Rz9xKp4Wd8N";
    private boolean withKeychain;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        if (!withKeychain) {
            return super.env();
        }
        SecretSession keychain = new SecretSession(KeychainStatus.available("GNOME_KEYRING", Duration.ZERO),
                new MemoryKeychain());
        return new WizardEnv(configDir, asTyped(), () -> CompletableFuture.completedFuture(keychain));
    }

    private void createTrunk(FxRobot robot) throws Exception {
        fillValid(robot);
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
    }

    @Test
    void withoutAKeychainDoneShowsThePasswordAndCloseWarnsFirst(FxRobot robot) throws Exception {
        createTrunk(robot);
        TextInputControl hidden = robot.lookup("#donePassword").queryTextInputControl();
        TextInputControl shown = robot.lookup("#donePasswordShown").queryTextInputControl();
        assertTrue(hidden.isVisible() && !shown.isVisible(), "masked at first");
        assertEquals(PASSWORD, hidden.getText());
        assertLine(robot, "#donePasswordLine", "warning", Messages.get("ui.done.password.nowhere"));

        robot.clickOn("#donePasswordEye");
        assertTrue(shown.isVisible() && !hidden.isVisible(), "Show reveals it");
        assertEquals(PASSWORD, shown.getText());
        robot.clickOn("#copyPassword");
        assertEquals(Messages.get("ui.copied"), robot.lookup("#copyPassword").queryButton().getText(),
                "Copy says it worked");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(PASSWORD, clip[0]);

        pressClose(robot);
        answer(robot, ButtonType.NO);
        assertTrue(stage.isShowing(), "No keeps the window and the password");
        assertEquals(Step.DONE, step());
        pressClose(robot);
        answer(robot, ButtonType.YES);
        waitUntil(() -> !stage.isShowing());
    }

    @Test
    void savedInTheKeychainDoneSaysSoAndCloseDoesNotAsk(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            withKeychain = true;
            open(stage);
        });
        waitUntil(() -> model().keychain.get() != null);
        robot.interact(() -> model().remember.set(true));
        createTrunk(robot);
        waitUntil(() -> text(robot, "#donePasswordLine").startsWith("\u2714"));
        pressClose(robot);
        waitUntil(() -> !stage.isShowing());
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "nothing to warn about");
    }

    /** Not through interact(): a dialog's nested event loop would keep it waiting. */
    private static void pressClose(FxRobot robot) {
        javafx.application.Platform.runLater(() -> nextButton(robot).fire());
    }

    private void answer(FxRobot robot, ButtonType type) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(Messages.get("ui.done.close.lose")), pane.getContentText());
        Button b = (Button) pane.lookupButton(type);
        robot.interact(b::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
