package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.trunk.Carrier;

/** Review lists the trunk's SIP headers among the values, not only in the JSON. */
class ReviewHeadersTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static List<String> valueTexts(FxRobot robot) {
        return robot.lookup("#values").lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void telnyxHeaderIsARowWithWhyItIsThere(FxRobot robot) {
        fillValid(robot);
        robot.interact(() -> {
            model().carrier.set(Carrier.TELNYX);
            model().address.set("sip.telnyx.com");
            model().username.set("livekituser1");
        });
        toReview(robot);

        List<String> shown = valueTexts(robot);
        int row = shown.indexOf("X-Telnyx-Username: livekituser1");
        assertTrue(row > 0, "the header is a value row: " + shown);
        assertEquals("SIP header", shown.get(row - 1), "labelled as a header: " + shown);
        assertEquals("Sent with every call; Telnyx routes calls by it, so it follows the username.", shown.get(row + 1));
        assertTrue(robot.lookup("#json").queryTextInputControl().getText().contains("X-Telnyx-Username"));
        for (Label key : robot.lookup(".review-key").queryAllAs(Label.class)) {
            assertTrue(key.getWidth() >= key.prefWidth(-1) - 0.5, key.getText() + " is cut short beside the explanation");
        }

        // The row follows the username, as the header sent does.
        robot.interact(() -> model().username.set("livekituser2"));
        assertTrue(valueTexts(robot).contains("X-Telnyx-Username: livekituser2"), valueTexts(robot).toString());
        assertTrue(!valueTexts(robot).contains("X-Telnyx-Username: livekituser1"));
    }

    @Test
    void aTrunkWithoutHeadersShowsNoHeaderRow(FxRobot robot) {
        fillValid(robot);
        toReview(robot);
        List<String> shown = valueTexts(robot);
        assertTrue(shown.contains("sip:acme.pstn.twilio.com") || shown.contains("acme.pstn.twilio.com"), "" + shown);
        assertTrue(!shown.contains("SIP header"), "Twilio needs no header: " + shown);
        assertTrue(shown.stream().noneMatch(t -> t.startsWith("Sent with every call")), shown.toString());
    }
}
