package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.wizard.Step;

/** The whole wizard with the keyboard alone: type, Tab, Space, Enter. No mouse, no model shortcuts. */
class KeyboardTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void stepsOneToSixAndCreateWithTheKeyboardAlone(FxRobot robot) throws Exception {
        // 1. LiveKit project: the URL field has the focus when the window opens.
        robot.write("wss://acme-voice.livekit.cloud").type(KeyCode.TAB);
        robot.write(KEY).type(KeyCode.TAB);
        robot.write(SECRET).type(KeyCode.ENTER);
        assertEquals(Step.CARRIER, step());

        // 2. Carrier: the first choice has the focus; Space picks it.
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertEquals(Carrier.TWILIO, model().carrier.get());
        assertEquals(Step.BASIC, step());

        // 3. Basic: a name is suggested; replace it.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Emily Outbound Trunk").type(KeyCode.ENTER);
        assertEquals(Step.CONNECTION, step());

        // 4. Connection: address, then Tab past transport, "Check this address" and region into the numbers; Tab
        // reaches Next.
        robot.write("sip:acme.pstn.twilio.com").type(KeyCode.TAB);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("+1 650 253 0000");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        assertEquals("+1 650 253 0000", model().numbersText.get());
        assertEquals(Step.OPTIONAL, step());

        // 5. Optional: SRTP keeps "Disabled"; Tab to username and password.
        robot.type(KeyCode.TAB).write("livekit-user").type(KeyCode.TAB);
        robot.write("Tq7-vLm2_Rz9xKp4Wd8N").type(KeyCode.ENTER);
        assertEquals("livekit-user", model().username.get());
        assertEquals(Step.REVIEW, step());

        // 6. Review: Enter is "Create trunk".
        robot.type(KeyCode.ENTER);
        waitUntil(() -> step() == Step.DONE);
        assertTrue(model().trunkId.get().startsWith("ST_"), model().trunkId.get());
        var sent = server.received("CreateSIPOutboundTrunk").get(0)
                .bodyAs(livekit.LivekitSip.CreateSIPOutboundTrunkRequest.class).getTrunk();
        assertEquals("acme.pstn.twilio.com", sent.getAddress());
        assertEquals(java.util.List.of("+16502530000"), sent.getNumbersList());
    }

    @Test
    void escapeStopsARunningCreate(FxRobot robot) throws Exception {
        fillValid(robot);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        assertEquals(Step.REVIEW, step());
        server.holdUntil("CreateSIPOutboundTrunk", release);
        robot.type(KeyCode.ENTER);
        assertEquals(Step.CREATE, step());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#failure").query().isVisible());
        assertTrue(text(robot, "#failure").contains("Retry"), text(robot, "#failure"));
        release.countDown();
    }
}
