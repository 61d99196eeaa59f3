package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WizardController;

/** The window itself: Esc asks before closing and keeps the draft; the size is remembered; mnemonics work. */
class WindowTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void answer(FxRobot robot, ButtonType type) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button b = (Button) pane.lookupButton(type);
        robot.interact(b::fire);
    }

    @Test
    void escapeAsksFirstAndClosingKeepsTheDraft(FxRobot robot) throws Exception {
        robot.write("wss://kept.livekit.cloud");
        robot.type(KeyCode.ESCAPE);
        answer(robot, ButtonType.NO);
        assertTrue(stage.isShowing());
        assertEquals("wss://kept.livekit.cloud", model().liveKitUrl.get());

        robot.type(KeyCode.ESCAPE);
        answer(robot, ButtonType.YES);
        waitUntil(() -> !stage.isShowing());
        assertTrue(Files.readString(configDir.resolve("draft.json")).contains("wss://kept.livekit.cloud"));
    }

    @Test
    void theWindowReopensAtItsLastSize(FxRobot robot) throws Exception {
        // A window of its own: TestFX's primary stage is shared by every test and should stay open.
        WizardController[] first = new WizardController[1];
        robot.interact(() -> first[0] = WizardController.open(new Stage(), new WizardEnv(configDir,
                asTyped())));
        robot.interact(() -> {
            Stage s = first[0].stage();
            s.setWidth(1100);
            s.setHeight(760);
            s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
            s.close();
        });
        WizardController[] again = new WizardController[1];
        robot.interact(() -> again[0] = WizardController.open(new Stage(), new WizardEnv(configDir,
                asTyped())));
        assertEquals(1100, again[0].stage().getWidth(), 1);
        assertEquals(760, again[0].stage().getHeight(), 1);
        robot.interact(() -> again[0].stage().close());
    }

    @Test
    void everyInputOnEveryPageHasAnAccessibleName(FxRobot robot) {
        fillValid(robot);
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        int seen = 0;
        for (int i = 0; i < 6; i++) {
            for (javafx.scene.Node n : robot.lookup(".text-input").queryAll()) {
                seen++;
                if (n.isVisible() && (n.getAccessibleText() == null || n.getAccessibleText().isBlank())) {
                    unnamed.add(step() + " " + n);
                }
            }
            for (javafx.scene.Node n : robot.lookup(".combo-box").queryAll()) {
                if (n.getAccessibleText() == null) {
                    unnamed.add(step() + " " + n);
                }
            }
            if (step() != Step.REVIEW) {
                clickNext(robot);
            }
        }
        assertEquals(java.util.List.of(), unnamed);
        assertTrue(seen >= 9, "URL, key, secret, name, address, numbers, username, password, command: " + seen);
    }

    @Test
    void mnemonicsMoveBetweenPages(FxRobot robot) {
        fillValid(robot);
        clickNext(robot);
        clickNext(robot);
        assertEquals(Step.BASIC, step());
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        assertEquals(Step.CARRIER, step());
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        assertEquals(Step.BASIC, step());
        assertFalse(nextButton(robot).isDisabled());
    }
}
