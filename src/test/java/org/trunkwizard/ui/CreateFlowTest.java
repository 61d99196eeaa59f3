package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.validation.Problem;

/**
 * Steps 7 and 8 against a fake LiveKit (UI flow only; the real SipApi is tested against the test server):
 * a failure comes back to its field with the value intact, and Retry then succeeds.
 */
class CreateFlowTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void toReview(FxRobot robot) {
        fillValid(robot);
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        assertEquals(Step.REVIEW, step());
        assertEquals("Create trunk", nextButton(robot).getText().replace("_", ""));
    }

    @Test
    void createSendsTheNormalizedTrunkAndShowsItsId(FxRobot robot) throws Exception {
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);

        String id = robot.lookup("#trunkId").queryTextInputControl().getText();
        assertTrue(id.startsWith("ST_"), id);
        assertEquals(1, fake.trunks.size());
        assertEquals("acme.pstn.twilio.com", fake.received.get(0).address());
        assertEquals(java.util.List.of("+16502530000", "+14155550132"), fake.received.get(0).numbers());
        assertEquals("Tq7-vLm2_Rz9xKp4Wd8N", fake.received.get(0).authPassword());
        waitUntil(() -> !Files.exists(configDir.resolve("draft.json")));
    }

    @Test
    void aFailureReturnsToItsFieldWithTheValueIntactAndRetrySucceeds(FxRobot robot) throws Exception {
        fake.failNextCreate(Problem.error("address", "No response from acme.pstn.twilio.com.",
                "Check the host and port, or try TCP."));
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.CONNECTION);

        assertEquals("sip:acme.pstn.twilio.com", robot.lookup("#address").queryTextInputControl().getText());
        assertTrue(text(robot, "#addressLine").contains("No response from acme.pstn.twilio.com."),
                text(robot, "#addressLine"));
        assertTrue(robot.lookup("#retryButton").query().isVisible());
        assertEquals(0, fake.trunks.size());

        robot.clickOn("#retryButton");
        waitUntil(() -> step() == Step.DONE);
        assertEquals(1, fake.trunks.size());
        assertTrue(model().trunkId.get().startsWith("ST_"));
    }

    @Test
    void aWrongKeyGoesBackToTheProjectPage(FxRobot robot) throws Exception {
        toReview(robot);
        robot.interact(() -> model().apiSecret.set("wrong"));
        clickNext(robot);
        waitUntil(() -> step() == Step.PROJECT);
        assertTrue(text(robot, "#keyLine").contains("invalid API key"), text(robot, "#keyLine"));

        robot.interact(() -> model().apiSecret.set(FakeTrunkService.SECRET));
        assertFalse(text(robot, "#keyLine").contains("invalid API key"), "an edit clears LiveKit's old answer");
        robot.clickOn("#retryButton");
        waitUntil(() -> step() == Step.DONE);
    }

    @Test
    void aFailureNamingNoFieldStaysOnCreateWithRetry(FxRobot robot) throws Exception {
        fake.failNextCreate(Problem.error("", "LiveKit is not answering (503).", "Try again in a minute."));
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> robot.lookup("#failure").query().isVisible());
        assertEquals(Step.CREATE, step());
        assertTrue(text(robot, "#failure").contains("503"), text(robot, "#failure"));
        robot.clickOn("#retry");
        waitUntil(() -> step() == Step.DONE);
    }

    @Test
    void exportWritesLkJsonWithoutThePassword(FxRobot robot) throws Exception {
        toReview(robot);
        java.nio.file.Path file = configDir.resolve("export").resolve("outbound-trunk.json");
        Files.createDirectories(file.getParent());
        robot.interact(() -> ((ReviewPage) wizard.page(Step.REVIEW)).exportTo(file));
        waitUntil(() -> text(robot, "#exportResult").startsWith("Saved"));

        String json = Files.readString(file);
        assertFalse(json.contains("Tq7-vLm2_Rz9xKp4Wd8N"), json);
        org.trunkwizard.trunk.TrunkSpec read = org.trunkwizard.trunk.TrunkJson.read(json);
        assertEquals("acme.pstn.twilio.com", read.address());
        assertEquals(java.util.List.of("+16502530000", "+14155550132"), read.numbers());
        assertEquals("livekit-user", read.authUsername());
        assertTrue(robot.lookup("#json").queryTextInputControl().getText().contains("\"auth_password\": \"********\""));
    }

    @Test
    void testConnectionReportsSuccessAndFailure(FxRobot robot) throws Exception {
        fillValid(robot);
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("\u2714"));
        robot.interact(() -> model().apiKey.set("APIother"));
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("\u2716"));
        assertTrue(text(robot, "#testResult").contains("invalid API key"));
    }
}
