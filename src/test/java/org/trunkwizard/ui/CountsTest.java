package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.wizard.Step;

/** The footer, the sidebar and the fields tell one story: every counted problem is visible at its field. */
class CountsTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyProblemTheFooterCountsIsMarkedAtItsField(FxRobot robot) {
        robot.clickOn("#url").write("wss://bad host");
        String summary = text(robot, "#summary");
        assertEquals(Messages.get("ui.summary.errors", 3), summary, "URL, key and secret");
        for (String line : new String[] {"#urlLine", "#keyLine", "#secretLine"}) {
            Labeled l = robot.lookup(line).query();
            assertTrue(l.isVisible() && l.getText().startsWith("\u2716"), line + " is marked: " + l.getText());
        }
    }

    @Test
    void theNumbersLineCountsWhatTheRowsShow(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> model().numbersText.set("12, 34, 56, 78"));
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        ListView<?> rows = robot.lookup("#numberRows").queryAs(ListView.class);
        assertEquals(4, rows.getItems().size());
        assertLine(robot, "#numbersLine", "error", Messages.get("ui.connection.numbers.errors", 4));
        assertTrue(!text(robot, "#numbersLine").contains(Messages.get("ui.connection.numbers.warnings", 1)),
                text(robot, "#numbersLine"));
    }

    @Test
    void aTickMeansNoErrorNowAfterASwitchOfCarrier(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> {
            model().carrier.set(Carrier.OTHER);
            model().address.set("sip.example.com");
        });
        for (int i = 0; i < 4; i++) {
            clickNext(robot);
        }
        assertEquals(Step.OPTIONAL, step());
        assertTrue(RestoredDraftTest.stepLink(robot, Step.CONNECTION).getText().startsWith("\u2713"));
        robot.interact(() -> model().carrier.set(Carrier.TWILIO));
        assertTrue(!RestoredDraftTest.stepLink(robot, Step.CONNECTION).getText().startsWith("\u2713"),
                "sip.example.com is no Twilio address: " + RestoredDraftTest.stepLink(robot, Step.CONNECTION).getText());
    }
}
