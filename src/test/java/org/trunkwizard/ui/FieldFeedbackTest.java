package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.ui.wizard.NumberRow;
import org.trunkwizard.ui.wizard.Step;

/** What a user sees beside a field while typing, and when Next lets them on. */
class FieldFeedbackTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void toConnection(FxRobot robot) {
        fillValid(robot);
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertEquals(Step.CONNECTION, step());
    }

    private void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.interact(() -> robot.lookup(id).queryTextInputControl().clear());
        robot.write(text);
    }

    @Test
    void anUntouchedEmptyFieldSaysWhatIsMissingQuietlyUntilLeftEmpty(FxRobot robot) {
        // Issue 12: the footer counts it, so the field says it; in red only once the user has been there.
        assertEquals(Step.PROJECT, step());
        assertLine(robot, "#urlLine", "pending", "\u2716 The LiveKit URL is empty.");
        assertTrue(nextButton(robot).isDisabled());
        assertEquals(org.trunkwizard.i18n.Messages.get("ui.summary.fillIn"), text(robot, "#summary"));

        robot.clickOn("#url").type(javafx.scene.input.KeyCode.TAB);

        assertLine(robot, "#urlLine", "error", "\u2716 The LiveKit URL is empty.");
        assertTrue(text(robot, "#summary").contains("to fix"), text(robot, "#summary"));
    }

    @Test
    void theProjectUrlFollowsTheCliRules(FxRobot robot) {
        // The same rule as the CLI (LiveKitConnection): a bare host is taken as https; plain http to a public host
        // is refused, to the user's own network (docker compose, a LAN) it is a warning.
        robot.clickOn("#url").write("http://acme.livekit.cloud");
        assertTrue(text(robot, "#urlLine").startsWith("\u2716 Plain http"), text(robot, "#urlLine"));
        assertTrue(text(robot, "#urlLine").contains("https://acme.livekit.cloud"), text(robot, "#urlLine"));
        retype(robot, "#url", "acme.livekit.cloud");
        assertFalse(text(robot, "#urlLine").startsWith("\u2716"), text(robot, "#urlLine"));
        retype(robot, "#url", "http://livekit:7880");
        assertFalse(text(robot, "#urlLine").startsWith("\u2716"), text(robot, "#urlLine"));
        assertTrue(text(robot, "#urlLine").contains("unencrypted"), text(robot, "#urlLine"));
    }

    @Test
    void badAddressShowsAnErrorAndKeepsNextDisabled(FxRobot robot) {
        toConnection(robot);
        assertTrue(text(robot, "#addressLine").contains("Will send: acme.pstn.twilio.com"),
                text(robot, "#addressLine"));
        assertFalse(nextButton(robot).isDisabled());

        retype(robot, "#address", "sip:alice@acme.pstn.twilio.com");

        assertTrue(text(robot, "#addressLine").startsWith("\u2716"), text(robot, "#addressLine"));
        assertTrue(nextButton(robot).isDisabled());
        assertTrue(text(robot, "#summary").contains("fix"), text(robot, "#summary"));

        retype(robot, "#address", "acme.pstn.twilio.com:5060");
        assertTrue(text(robot, "#addressLine").contains("Will send: acme.pstn.twilio.com:5060"));
        assertFalse(nextButton(robot).isDisabled());
    }

    @Test
    void emptyAddressSaysSoInWords(FxRobot robot) {
        toConnection(robot);
        robot.interact(() -> model().address.set(""));
        assertTrue(text(robot, "#addressLine").contains("The address is empty"), text(robot, "#addressLine"));
        assertTrue(nextButton(robot).isDisabled());
    }

    @Test
    void notANumberIsAnErrorOnItsRowAndUnderTheField(FxRobot robot) {
        toConnection(robot);
        retype(robot, "#numbers", "+1 650 253 0000, 12");

        assertTrue(text(robot, "#numbersLine").startsWith("\u2716"), text(robot, "#numbersLine"));
        assertTrue(nextButton(robot).isDisabled());
        ListView<NumberRow> rows = robot.lookup("#numberRows").queryListView();
        assertEquals(2, rows.getItems().size());
        assertEquals("+16502530000", rows.getItems().get(0).e164());
        assertEquals("United States", rows.getItems().get(0).country());
        assertTrue(rows.getItems().get(0).statusText().startsWith("\u2714"));
        assertTrue(rows.getItems().get(1).statusText().startsWith("\u2716"));
    }

    @Test
    void pastingManyNumbersAtOnceGivesOneRowEach(FxRobot robot) {
        toConnection(robot);
        robot.interact(() -> model().numbersText.set("+1 650 253 0000\n(650) 253-0001; +16502530002,\n6502530003"));
        ListView<NumberRow> rows = robot.lookup("#numberRows").queryListView();
        assertEquals(4, rows.getItems().size());
        assertEquals("+16502530003", rows.getItems().get(3).e164());
        assertFalse(nextButton(robot).isDisabled());
    }

    @Test
    void aWarningIsShownButNextStaysEnabled(FxRobot robot) {
        toConnection(robot);
        retype(robot, "#numbers", "+1 555 123 4567");

        assertTrue(text(robot, "#numbersLine").startsWith("\u26A0"), text(robot, "#numbersLine"));
        assertFalse(nextButton(robot).isDisabled());
        assertTrue(text(robot, "#summary").contains("you can continue"), text(robot, "#summary"));
        clickNext(robot);
        assertEquals(Step.OPTIONAL, step());
    }

    @Test
    void weakPasswordShowsAnErrorAndGenerateFixesIt(FxRobot robot) {
        toConnection(robot);
        clickNext(robot);
        assertEquals(Step.OPTIONAL, step());
        retype(robot, "#hidden", "short1");

        assertTrue(text(robot, "#passwordLine").startsWith("\u2716"), text(robot, "#passwordLine"));
        assertTrue(nextButton(robot).isDisabled());
        assertTrue(text(robot, "#strengthText").contains("weak"), text(robot, "#strengthText"));

        robot.clickOn("#generate");
        assertFalse(text(robot, "#passwordLine").startsWith("\u2716"), text(robot, "#passwordLine"));
        assertFalse(nextButton(robot).isDisabled());
        assertTrue(robot.lookup("#shown").query().isVisible(), "a generated password is shown once to be saved");
        assertEquals(model().password.get(), robot.lookup("#shown").queryTextInputControl().getText());
    }

    @Test
    void liveKitNumbersAreFlaggedAsUnableToCallOut(FxRobot robot) {
        fillValid(robot);
        clickNext(robot);
        robot.clickOn("#livekit");
        // Said by the window until TrunkChecks says it (then as an error): either way, in words beside the choice.
        String line = text(robot, "#carrierLine");
        assertTrue(line.startsWith("\u26A0") || line.startsWith("\u2716"), line);
        assertTrue(robot.lookup("#carrierLine").query().isVisible());
    }
}
