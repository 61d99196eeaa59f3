package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.common.ChecklistView;
import org.trunkwizard.ui.wizard.Step;

/**
 * Renders the carrier help and the Done page (checklists, dispatch rule, test call) to target/screenshots, each
 * after asserting what it must show.
 */
class CarrierScreenshotTest extends ServerWizardTestBase {


    @Start
    void start(Stage stage) {
        openOnServer(stage);
    }

    @Test
    void twilioRendersToPng(FxRobot robot) throws Exception {
        fillOnServer(robot, Carrier.TWILIO, "acme", "livekit-user");
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertShows(robot, Step.CONNECTION);
        assertTrue(robot.lookup("#twilioBox").query().isVisible(), "the Twilio address helper is offered");
        shoot(robot, "04c-connection-twilio-prefix.png");
        robot.interact(() -> model().address.set("acme.pstn.twilio.com"));
        clickNext(robot);
        clickNext(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        robot.interact(() -> model().liveKitSipUri.set("sip:abc123.sip.livekit.cloud"));
        assertShows(robot, Step.DONE);
        assertTrue(robot.lookup("#trunkId").queryTextInputControl().getText().startsWith("ST_"), "Trunk ID shown");
        shoot(robot, "08b-done-twilio.png");

        robot.interact(() -> robot.lookup("#callTo").queryTextInputControl().setText("+1 650 253 0000"));
        robot.interact(() -> robot.lookup("#createRule").queryButton().fire());
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        server.carrierAnswers(403, "Forbidden");
        robot.interact(() -> robot.lookup("#callButton").queryButton().fire());
        waitUntil(() -> text(robot, "#callOutcome").startsWith("\u2716"));
        reveal(robot, "#" + ChecklistView.nodeId("next.testCall"));
        assertTrue(text(robot, "#callOutcome").contains("403"), "the carrier's refusal in words");
        assertTrue(robot.lookup("#ruleId").queryTextInputControl().getText().startsWith("SDR_"), "the rule's ID");
        shoot(robot, "08c-done-twilio-actions.png");
    }

    @Test
    void telnyxRendersToPng(FxRobot robot) throws Exception {
        fillOnServer(robot, Carrier.TELNYX, TelnyxRegion.EUROPE.host(), "livekituser1");
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertShows(robot, Step.CONNECTION);
        assertTrue(robot.lookup("#telnyxBox").query().isVisible(), "the Telnyx region picker is offered");
        assertEquals(TelnyxRegion.EUROPE.host(), model().address.get());
        shoot(robot, "04d-connection-telnyx-region.png");
        clickNext(robot);
        clickNext(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        robot.interact(() -> model().liveKitSipUri.set("p_abc123"));
        reveal(robot, "#carrierTitle");
        assertShows(robot, Step.DONE);
        assertTrue(robot.lookup("#carrierTitle").query().isVisible(), "the Telnyx checklist is shown");
        shoot(robot, "08d-done-telnyx.png");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Screens.shoot(robot, stage.getScene(), name);
    }
}
