package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPTransport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.ui.wizard.ReviewPage;
import org.trunkwizard.ui.wizard.Step;

/**
 * Steps 6 to 8 through the window's real LiveKit client (SipApi) against the LiveKit-compatible test server: what
 * arrives on the server, failures that come back to their field with every value intact, and Retry without a
 * second trunk.
 */
class CreateFlowTest extends LiveKitWizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void fillForServer(FxRobot robot) {
        fillValid(robot, server.url(), server.apiKey(), server.apiSecret());
        robot.interact(() -> {
            model().transport.set(Transport.TLS);
            model().mediaEncryption.set(MediaEncryption.REQUIRED);
        });
    }

    private void toReviewOnServer(FxRobot robot) {
        fillForServer(robot);
        toReview(robot);
        assertEquals("Create trunk", nextButton(robot).getText().replace("_", ""));
    }

    private SIPOutboundTrunkInfo onlyTrunk() {
        assertEquals(1, server.trunks().size(), "trunks on the server");
        return server.trunks().iterator().next();
    }

    @Test
    void theWholeFlowMakesTheNormalizedTrunkOnTheServer(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);

        String id = robot.lookup("#trunkId").queryTextInputControl().getText();
        SIPOutboundTrunkInfo trunk = onlyTrunk();
        assertEquals(trunk.getSipTrunkId(), id);
        assertTrue(id.startsWith("ST_"), id);
        assertEquals("Emily Outbound Trunk", trunk.getName());
        assertEquals("acme.pstn.twilio.com", trunk.getAddress());
        assertEquals(List.of("+16502530000", "+14155550132"), trunk.getNumbersList());
        assertEquals(SIPTransport.SIP_TRANSPORT_TLS, trunk.getTransport());
        assertEquals(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_REQUIRE, trunk.getMediaEncryption());
        assertEquals("livekit-user", trunk.getAuthUsername());
        assertEquals("Tq7-vLm2_Rz9xKp4Wd8N", trunk.getAuthPassword());
        waitUntil(() -> !Files.exists(configDir.resolve("draft.json")));
    }

    @Test
    void aTrunkAlreadyThereWithAnotherPasswordKeepsItAndTheWindowSaysSo(FxRobot robot) throws Exception {
        server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Emily Outbound Trunk")
                .setAddress("acme.pstn.twilio.com").addNumbers("+16502530000").setAuthUsername("livekit-user")
                .setAuthPassword("Older-Pw-4711-abc").build());
        toReviewOnServer(robot);

        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);

        assertEquals("Older-Pw-4711-abc", onlyTrunk().getAuthPassword(), "create never changes a trunk");
        String summary = text(robot, "#summary");
        assertTrue(summary.contains("password was not changed"), summary);
        assertTrue(summary.contains("update " + onlyTrunk().getSipTrunkId()), summary);
        assertFalse(summary.contains("Older-Pw-4711-abc") || summary.contains("Tq7-vLm2_Rz9xKp4Wd8N"), summary);
    }

    @Test
    void anUnavailableServerKeepsEveryValueAndRetryMakesOneTrunk(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        server.failNext(Fault.status(503)); // the duplicate check's list already meets it: nothing is created
        clickNext(robot);
        waitUntil(() -> model().createFailed.get());
        // LiveKit's failures all name the project URL: the window shows it there, on page 1.
        assertEquals(Step.PROJECT, step());
        assertTrue(text(robot, "#urlLine").contains("unavailable"), text(robot, "#urlLine"));
        assertTrue(robot.lookup("#retryButton").query().isVisible());
        assertEquals(0, server.trunks().size());
        assertEquals("sip:acme.pstn.twilio.com", model().address.get());
        assertEquals("+1 650 253 0000, (415) 555-0132", model().numbersText.get());
        assertEquals("Tq7-vLm2_Rz9xKp4Wd8N", model().password.get());
        assertEquals(Transport.TLS, model().transport.get());

        robot.clickOn("#retryButton");
        waitUntil(() -> step() == Step.DONE);
        assertEquals(model().trunkId.get(), onlyTrunk().getSipTrunkId());
    }

    @Test
    void aCreateThatTimedOutAfterTheServerMadeItIsFoundByRetryNotDoubled(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        server.failNext(Fault.slow(Duration.ZERO)); // the duplicate check's list: answered normally
        server.failNext(Fault.slowAfterHandling(Duration.ofSeconds(2))); // made, but the answer comes too late
        clickNext(robot);
        waitUntil(() -> model().createFailed.get());
        assertEquals(1, server.trunks().size(), "the server made the trunk although the window gave up");
        assertEquals("Emily Outbound Trunk", model().name.get());

        robot.interact(() -> robot.lookup("#retryButton").queryButton().fire());
        waitUntil(() -> step() == Step.DONE);
        assertEquals(model().trunkId.get(), onlyTrunk().getSipTrunkId());
        assertEquals(1, server.received("CreateSIPOutboundTrunk").size());
    }

    @Test
    void aDroppedConnectionGoesBackToTheUrlAndRetrySucceeds(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        server.failNext(Fault.drop());
        clickNext(robot);
        waitUntil(() -> model().createFailed.get());
        assertEquals(Step.PROJECT, step());
        assertTrue(text(robot, "#urlLine").contains("broke"), text(robot, "#urlLine"));
        assertEquals(server.url(), robot.lookup("#url").queryTextInputControl().getText());

        robot.clickOn("#retryButton");
        waitUntil(() -> step() == Step.DONE);
        assertEquals(model().trunkId.get(), onlyTrunk().getSipTrunkId());
    }

    @Test
    void aWrongSecretGoesBackToPageOneNamingTheSecret(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        robot.interact(() -> model().apiSecret.set("not-the-secret"));
        clickNext(robot);
        waitUntil(() -> step() == Step.PROJECT);
        assertTrue(text(robot, "#secretLine").contains("API secret"), text(robot, "#secretLine"));
        assertEquals(0, server.trunks().size());

        robot.interact(() -> model().apiSecret.set(server.apiSecret()));
        assertFalse(text(robot, "#secretLine").contains("refused"), "an edit clears LiveKit's old answer");
        robot.clickOn("#retryButton");
        waitUntil(() -> step() == Step.DONE);
        assertEquals(model().trunkId.get(), onlyTrunk().getSipTrunkId());
    }

    @Test
    void exportWritesLkJsonWithoutThePassword(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        java.nio.file.Path file = configDir.resolve("export").resolve("outbound-trunk.json");
        Files.createDirectories(file.getParent());
        robot.interact(() -> ((ReviewPage) wizard.page(Step.REVIEW)).exportTo(file));
        waitUntil(() -> text(robot, "#exportResult").startsWith("Saved"));

        String json = Files.readString(file);
        assertFalse(json.contains("Tq7-vLm2_Rz9xKp4Wd8N"), json);
        org.trunkwizard.trunk.TrunkSpec read = org.trunkwizard.trunk.TrunkJson.read(json);
        assertEquals("acme.pstn.twilio.com", read.address());
        assertEquals(List.of("+16502530000", "+14155550132"), read.numbers());
        assertEquals("livekit-user", read.authUsername());
        assertTrue(robot.lookup("#json").queryTextInputControl().getText().contains("\"auth_password\": \"********\""));
    }

    @Test
    void testConnectionReportsSuccessAndAnUnknownKey(FxRobot robot) throws Exception {
        fillForServer(robot);
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("\u2714"));
        robot.interact(() -> model().apiKey.set("APIother"));
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("\u2716"));
        assertTrue(text(robot, "#testResult").contains("does not know this API key"), text(robot, "#testResult"));
    }

    /** The Create button's answer to a trunk that cannot work: one dialog that names each problem. */
    private javafx.scene.control.DialogPane pressCreateAndAwaitTheQuestion(FxRobot robot) throws Exception {
        // Not robot.interact: the dialog's own event loop would keep it from returning.
        javafx.application.Platform.runLater(() -> nextButton(robot).fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    }

    private static void press(FxRobot robot, javafx.scene.control.DialogPane pane,
                              javafx.scene.control.ButtonBar.ButtonData data) {
        javafx.scene.control.ButtonType type = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        robot.interact(((javafx.scene.control.Button) pane.lookupButton(type))::fire);
    }

    @Test
    void aTrunkThatCannotWorkIsCreatedOnlyAfterOneConfirmationNamingTheProblems(FxRobot robot) throws Exception {
        fillForServer(robot);
        robot.interact(() -> {
            model().carrier.set(org.trunkwizard.trunk.Carrier.OTHER);
            model().address.set("sip:abc123.sip.livekit.cloud");
            model().numbersText.set("+1 555 123 4567");
        });
        toReview(robot);

        javafx.scene.control.DialogPane question = pressCreateAndAwaitTheQuestion(robot);
        String asked = question.getHeaderText() + "\n" + question.getContentText();
        assertTrue(asked.contains("abc123.sip.livekit.cloud is a LiveKit address"), asked);
        assertTrue(asked.contains("+15551234567 is not an assigned phone number"), asked);
        press(robot, question, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(Step.REVIEW, step(), "going back creates nothing");
        assertEquals(0, server.trunks().size());

        press(robot, pressCreateAndAwaitTheQuestion(robot), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        waitUntil(() -> step() == Step.DONE);
        assertEquals("abc123.sip.livekit.cloud", onlyTrunk().getAddress(), "created as asked");
    }

    @Test
    void aTrunkWithoutTrapsIsCreatedWithoutAQuestion(FxRobot robot) throws Exception {
        toReviewOnServer(robot);
        javafx.application.Platform.runLater(() -> nextButton(robot).fire());
        waitUntil(() -> step() == Step.DONE);
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
