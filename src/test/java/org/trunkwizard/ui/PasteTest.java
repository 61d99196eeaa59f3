package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.ui.wizard.Step;

/**
 * Every change of a field's value is checked, however it came: a value pasted with Ctrl+V into an empty field (its
 * only input) shows its problems at once, and the footer counts what the field shows.
 */
class PasteTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void toEmptyConnection(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> {
            model().address.set("");
            model().numbersText.set("");
        });
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertEquals(Step.CONNECTION, step());
    }

    private void paste(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastedNumbersAreCheckedAndCountedAtOnce(FxRobot robot) {
        toEmptyConnection(robot);
        robot.interact(() -> model().address.set("acme.pstn.twilio.com"));
        paste(robot, "#numbers", "+1 650 253 0000, 12");
        assertEquals("+1 650 253 0000, 12", model().numbersText.get(), "the paste arrived");
        assertLine(robot, "#numbersLine", "error", "1");
        assertEquals(2, robot.lookup("#numberRows").queryAs(ListView.class).getItems().size(), "one row each");
        assertEquals(Messages.get("ui.summary.error"), text(robot, "#summary"));
        assertTrue(nextButton(robot).isDisabled());
        robot.clickOn("#address");
        assertLine(robot, "#numbersLine", "error", "1");
    }

    @Test
    void aPastedWebAddressIsAnErrorNotSomethingToSend(FxRobot robot) {
        toEmptyConnection(robot);
        robot.interact(() -> model().numbersText.set("+1 650 253 0000"));
        paste(robot, "#address", "https://acme.pstn.twilio.com/path");
        assertLine(robot, "#addressLine", "error", "https://");
        assertFalse(text(robot, "#addressLine").contains(Messages.get("ui.connection.address.willSend", "")
                .strip()), "nothing 'to send': " + text(robot, "#addressLine"));
        assertEquals(Messages.get("ui.summary.error"), text(robot, "#summary"));
    }

    @Test
    void aValueDroppedInWithoutAnyKeyIsCheckedToo(FxRobot robot) {
        toEmptyConnection(robot);
        // What a drag-and-drop does: the text changes with no key event and no focus.
        robot.interact(() -> robot.lookup("#address").queryTextInputControl().replaceText(0, 0, "sip:a@b c"));
        assertLine(robot, "#addressLine", "error", "");
    }
}
