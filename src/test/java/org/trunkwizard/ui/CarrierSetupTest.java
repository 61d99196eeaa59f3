package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.common.ChecklistView;
import org.trunkwizard.ui.wizard.Step;

/**
 * Twilio and Telnyx set up from page 1 to the Done checklist against the LiveKit-compatible test server, through
 * the real SipApi: what reaches the wire, what the checklist tells the user to paste, and the Done page's
 * dispatch rule and test call.
 */
class CarrierSetupTest extends ServerWizardTestBase {

    @Start
    void start(Stage stage) {
        openOnServer(stage);
    }

    private void project(FxRobot robot) {
        robot.clickOn("#url").write(server.url());
        robot.clickOn("#key").write(server.apiKey());
        robot.clickOn("#secret").write(server.apiSecret());
        clickNext(robot);
        assertEquals(Step.CARRIER, step());
    }

    private void credentials(FxRobot robot, String username) {
        robot.clickOn("#username").write(username);
        robot.interact(() -> model().password.set(PASSWORD));
        clickNext(robot);
        assertEquals(Step.REVIEW, step());
    }

    private void create(FxRobot robot) throws Exception {
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        assertTrue(model().trunkId.get().startsWith("ST_"), model().trunkId.get());
    }

    /** Every value offered with a Copy button inside one checklist item. */
    private static List<String> values(FxRobot robot, String itemId) {
        Node item = robot.lookup("#" + ChecklistView.nodeId(itemId)).query();
        return item.lookupAll(".copy-value").stream().map(n -> ((TextField) n).getText()).toList();
    }

    @Test
    void twilioFromPageOneToTheDoneChecklist(FxRobot robot) throws Exception {
        project(robot);
        robot.clickOn("#twilio");
        clickNext(robot);
        assertEquals("Twilio outbound", robot.lookup("#name").queryTextInputControl().getText(),
                "the carrier's preset names an empty trunk");
        clickNext(robot);

        // Typing only the Termination SIP URI prefix: the page offers the whole host and uses it on request.
        robot.clickOn("#address").write("acme");
        assertEquals("Termination SIP URI: acme.pstn.twilio.com", text(robot, "#twilioSuggestion"));
        robot.clickOn("#useTwilio");
        assertEquals("acme.pstn.twilio.com", model().address.get());
        assertEquals("Will send: acme.pstn.twilio.com", text(robot, "#addressLine"));
        assertFalse(robot.lookup("#twilioOffer").query().isVisible(), "nothing left to offer");
        robot.clickOn("#numbers").write("+1 650 253 0000");
        clickNext(robot);
        credentials(robot, "livekit-user");
        create(robot);

        SIPOutboundTrunkInfo sent = server.trunks().iterator().next();
        assertEquals("acme.pstn.twilio.com", sent.getAddress());
        assertEquals("livekit-user", sent.getAuthUsername());
        assertTrue(sent.getHeadersMap().isEmpty(), "no Telnyx header for Twilio: " + sent.getHeadersMap());
        assertEquals("In the Twilio Console", text(robot, "#carrierTitle"));
        assertEquals(List.of("acme", "acme.pstn.twilio.com"), values(robot, "twilio.termination"));
        assertEquals(List.of("livekit-user"), values(robot, "twilio.credentials"));
        assertEquals(List.of("+16502530000"), values(robot, "twilio.numbers"));
        robot.lookup("#" + ChecklistView.nodeId("twilio.origination.missing")).query();

        // The outbound address is not the SIP URI: refused with the reason, then the right one fills the step.
        robot.clickOn(reveal(robot, "#sipUri")).write("acme.pstn.twilio.com");
        assertTrue(text(robot, "#sipUriLine").contains("This is your carrier's address"), text(robot, "#sipUriLine"));
        robot.interact(() -> model().liveKitSipUri.set(""));
        robot.clickOn(reveal(robot, "#sipUri")).write("sip:abc123.sip.livekit.cloud");
        assertEquals(List.of("sip:abc123.sip.livekit.cloud"), values(robot, "twilio.origination"));
        robot.lookup("#" + ChecklistView.nodeId("next.webhook")).query();
    }

    @Test
    void telnyxRegionAndHeaderReachTheWire(FxRobot robot) throws Exception {
        project(robot);
        robot.clickOn("#telnyx");
        clickNext(robot);
        clickNext(robot);
        assertEquals("sip.telnyx.com", robot.lookup("#address").queryTextInputControl().getText());
        @SuppressWarnings("unchecked")
        ComboBox<TelnyxRegion> region = robot.lookup("#telnyxRegion").queryAs(ComboBox.class);
        assertEquals(TelnyxRegion.US, region.getValue(), "the picker reads the address");
        robot.interact(() -> region.setValue(TelnyxRegion.EUROPE));
        assertEquals("sip.telnyx.eu", model().address.get());
        robot.clickOn("#numbers").write("+1 650 253 0000");
        clickNext(robot);
        credentials(robot, "livekituser1");
        assertEquals(Map.of("X-Telnyx-Username", "livekituser1"), model().headers.get());
        // A later username edit moves the header with it.
        robot.interact(() -> model().username.set("livekituser2"));
        assertEquals(Map.of("X-Telnyx-Username", "livekituser2"), model().headers.get());
        create(robot);

        CreateSIPOutboundTrunkRequest request = server.received("CreateSIPOutboundTrunk").get(0)
                .bodyAs(CreateSIPOutboundTrunkRequest.class);
        assertEquals("sip.telnyx.eu", request.getTrunk().getAddress());
        assertEquals(Map.of("X-Telnyx-Username", "livekituser2"), request.getTrunk().getHeadersMap());
        assertEquals("In the Telnyx portal", text(robot, "#carrierTitle"));
        assertEquals(List.of("Telnyx outbound", "livekituser2"), values(robot, "telnyx.connection"));
        robot.clickOn(reveal(robot, "#sipUri")).write("p_abc123");
        assertEquals(List.of("abc123.sip.livekit.cloud", "5060"), values(robot, "telnyx.inbound"));
    }

    @Test
    void switchingCarriersKeepsWhatWasTypedAndDropsTheHeader(FxRobot robot) {
        project(robot);
        robot.clickOn("#telnyx");
        robot.interact(() -> {
            model().name.set("Emily Outbound Trunk");
            model().username.set("livekituser1");
        });
        assertEquals(Map.of("X-Telnyx-Username", "livekituser1"), model().headers.get());
        robot.clickOn("#twilio");
        assertEquals("Emily Outbound Trunk", model().name.get());
        assertEquals("", model().address.get(), "Telnyx's default is not a Twilio address");
        assertEquals(Map.of(), model().headers.get());
        robot.clickOn("#livekit");
        assertTrue(robot.lookup("#inboundOnly").query().isVisible());
        assertTrue(nextButton(robot).isDisabled(), "LiveKit Phone Numbers cannot place outbound calls");
        robot.clickOn("#useTwilio");
        assertEquals(Carrier.TWILIO, model().carrier.get());
        assertFalse(robot.lookup("#inboundOnly").query().isVisible());
    }

    /** Steps 1 to 6 filled straight into the model, then a real create: the Done page on a Twilio trunk. */
    private void toDone(FxRobot robot) throws Exception {
        fillOnServer(robot, Carrier.TWILIO, "acme.pstn.twilio.com", "livekit-user");
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        assertEquals(Step.REVIEW, step());
        create(robot);
    }

    @Test
    void dispatchRuleFromTheDonePage(FxRobot robot) throws Exception {
        toDone(robot);
        robot.clickOn(reveal(robot, "#agentName")).write("emily");
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        String id = robot.lookup("#ruleId").queryTextInputControl().getText();
        assertTrue(id.startsWith("SDR_"), id);
        assertTrue(text(robot, "#ruleResult").contains("Dispatch rule created"), text(robot, "#ruleResult"));
        // Receive calls too: an inbound trunk for the outbound trunk's numbers takes the rule, never the outbound one.
        assertEquals(1, server.inboundTrunks().size());
        SIPInboundTrunkInfo inbound = server.inboundTrunks().iterator().next();
        assertEquals(server.trunks().iterator().next().getNumbersList(), inbound.getNumbersList());
        assertTrue(text(robot, "#ruleResult").contains(inbound.getSipTrunkId()), text(robot, "#ruleResult"));
        SIPDispatchRuleInfo rule = server.dispatchRules().iterator().next();
        assertEquals(id, rule.getSipDispatchRuleId());
        assertEquals(List.of(inbound.getSipTrunkId()), rule.getTrunkIdsList());
        assertEquals("call-", rule.getRule().getDispatchRuleIndividual().getRoomPrefix());
        assertEquals("emily", rule.getRoomConfig().getAgents(0).getAgentName());

        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> text(robot, "#ruleResult").contains("already existed"));
        assertEquals(id, robot.lookup("#ruleId").queryTextInputControl().getText());
        assertEquals(1, server.dispatchRules().size(), "a second click makes no second rule");
        assertEquals(1, server.inboundTrunks().size(), "nor a second inbound trunk");

        // One room for every call: LiveKit allows one such rule per trunk, so the first one is named in the way.
        robot.clickOn(reveal(robot, "#directRoom"));
        assertEquals("", robot.lookup("#rulePrefix").queryTextInputControl().getText());
        assertTrue(robot.lookup("#createRule").queryButton().isDisabled(), "a direct rule needs its room");
        robot.clickOn("#rulePrefix").write("reception");
        assertEquals("Every call to these numbers joins the room reception (a direct rule).", text(robot, "#ruleLine"));
        robot.clickOn("#createRule");
        waitUntil(() -> text(robot, "#ruleResult").startsWith("\u2716"));
        assertTrue(text(robot, "#ruleResult").contains(id), text(robot, "#ruleResult"));
        assertEquals(1, server.dispatchRules().size());
        robot.clickOn("#individualRoom");
        assertEquals("call-", robot.lookup("#rulePrefix").queryTextInputControl().getText(), "kept per kind");
    }

    @Test
    void receiveCallsTooCanBeStopped(FxRobot robot) throws Exception {
        toDone(robot);
        server.failNext(Fault.slow(java.time.Duration.ofSeconds(3)).on("CreateSIPInboundTrunk"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#stopRule").query().isVisible());
        robot.clickOn("#stopRule");
        waitUntil(() -> text(robot, "#ruleResult").startsWith("Stopped"));
        assertFalse(robot.lookup("#stopRule").query().isVisible());
        assertFalse(robot.lookup("#createRule").queryButton().isDisabled(), "ready to try again");
        assertTrue(server.dispatchRules().isEmpty(), "stopped before the rule");
        // The server finishes the create it was holding before the next test's server starts.
        waitUntil(() -> server.inboundTrunks().size() == 1);
    }

    @Test
    void stopThenReceiveCallsTooAgainMakesOneInboundTrunkAndOneRule(FxRobot robot) throws Exception {
        toDone(robot);
        // The stopped create lands just after the retry has listed: the worst moment for a list-then-create.
        server.failNext("CreateSIPInboundTrunk", Fault.landsWhenListed("ListSIPInboundTrunk"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#stopRule").query().isVisible());
        robot.clickOn("#stopRule");
        waitUntil(() -> text(robot, "#ruleResult").startsWith("Stopped"));

        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertTrue(text(robot, "#ruleResult").contains("Dispatch rule created"), text(robot, "#ruleResult"));
        assertEquals(1, server.inboundTrunks().size());
        assertEquals(1, server.received("CreateSIPInboundTrunk").size(), "Retry sent no second create");
        assertEquals(1, server.dispatchRules().size());
    }

    @Test
    void allowedAddressesOnTheDonePageAreCheckedAndReachTheInboundTrunk(FxRobot robot) throws Exception {
        toDone(robot);
        assertTrue(text(robot, "#inboundNote").contains("Origination URI"), text(robot, "#inboundNote"));
        robot.clickOn(reveal(robot, "#allowedAddresses")).write("192.0.2.0/24 pbx.example.com");
        assertTrue(text(robot, "#ruleLine").contains("pbx.example.com"), text(robot, "#ruleLine"));
        assertTrue(robot.lookup("#createRule").queryButton().isDisabled(), "an address LiveKit would skip");

        robot.interact(() -> robot.lookup("#allowedAddresses").queryTextInputControl()
                .setText("192.0.2.0/24, 2001:db8::/32"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        SIPInboundTrunkInfo inbound = server.inboundTrunks().iterator().next();
        assertEquals(List.of("192.0.2.0/24", "2001:db8::/32"), inbound.getAllowedAddressesList());
        assertTrue(inbound.getAuthUsername().isEmpty(), "Twilio sends no credentials");
    }

    @Test
    void theDonePageWorksWithAnIdOfAShapeLiveKitDidNotIssueBefore(FxRobot robot) throws Exception {
        server.issueUnusualTrunkIds();
        toDone(robot);
        assertEquals(LiveKitTestServer.UNUSUAL_TRUNK_ID, model().trunkId.get());

        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertEquals(List.of(server.inboundTrunks().iterator().next().getSipTrunkId()),
                server.dispatchRules().iterator().next().getTrunkIdsList());

        robot.interact(() -> robot.lookup("#callTo").query().requestFocus());
        robot.clickOn("#callTo").write("(650) 253-0000");
        robot.clickOn(reveal(robot, "#callButton"));
        waitUntil(() -> text(robot, "#callOutcome").startsWith("\u2714"));
    }

    @Test
    void testCallsAnsweredAndRefused(FxRobot robot) throws Exception {
        toDone(robot);
        assertTrue(robot.lookup("#callButton").queryButton().isDisabled(), "no number yet");
        // Far below the fold: the keyboard focus brings the field into view (the page follows the focus).
        robot.interact(() -> robot.lookup("#callTo").query().requestFocus());
        robot.clickOn("#callTo").write("(650) 253-0000");
        assertEquals("Will call +16502530000.", text(robot, "#callLine"), "read in the wizard's region");

        robot.clickOn(reveal(robot, "#callButton"));
        waitUntil(() -> text(robot, "#callOutcome").startsWith("\u2714"));
        assertTrue(text(robot, "#callOutcome").contains("The call was answered"), text(robot, "#callOutcome"));
        assertEquals("+16502530000", server.received("CreateSIPParticipant").get(0)
                .bodyAs(livekit.LivekitSip.CreateSIPParticipantRequest.class).getSipCallTo());

        server.carrierAnswers(403, "Forbidden");
        robot.clickOn(reveal(robot, "#callButton"));
        waitUntil(() -> text(robot, "#callOutcome").startsWith("\u2716"));
        assertEquals("\u2716 Twilio refused the call (SIP 403, forbidden).", text(robot, "#callOutcome"));
        assertTrue(text(robot, "#callFix").contains("Geographic Permissions"), text(robot, "#callFix"));

        server.carrierAnswers(486, "Busy Here");
        robot.clickOn(reveal(robot, "#callButton"));
        waitUntil(() -> text(robot, "#callOutcome").contains("486"));
        assertEquals("\u2716 The line was busy (SIP 486).", text(robot, "#callOutcome"));
        assertTrue(text(robot, "#callFix").contains("The trunk works"), text(robot, "#callFix"));
        assertFalse(robot.lookup("#callButton").queryButton().isDisabled(), "ready for another try");
    }

    /**
     * The window explains a failed call from what LiveKit reported (Twirp code, meta.sip_status_code), exactly as
     * the CLI does through CallOutcomes: never from the wording of its own messages.
     */
    @Test
    void failedCallsAreExplainedFromLiveKitsStructuredAnswerAsInTheCli(FxRobot robot) throws Exception {
        toDone(robot);
        robot.interact(() -> robot.lookup("#callTo").query().requestFocus());
        robot.clickOn("#callTo").write("(650) 253-0000");
        List<Runnable> carriers = List.of(() -> server.carrierAnswers(486, "Busy Here"), server::carrierSilent,
                server::carrierRejectsCredentials);
        List<org.trunkwizard.carriers.CallOutcome> expected = List.of(
                org.trunkwizard.carriers.CallOutcomes.fromSipStatus(486, Carrier.TWILIO),
                org.trunkwizard.carriers.CallOutcomes.explain("canceled",
                        "transaction failed to complete (0 intermediate responses)", 0, Carrier.TWILIO).orElseThrow(),
                org.trunkwizard.carriers.CallOutcomes.explain("unknown", "max auth retry attemps reached", 0,
                        Carrier.TWILIO).orElseThrow());
        for (int i = 0; i < carriers.size(); i++) {
            carriers.get(i).run();
            String before = text(robot, "#callOutcome");
            robot.clickOn(reveal(robot, "#callButton"));
            waitUntil(() -> !text(robot, "#callOutcome").equals(before) && text(robot, "#callOutcome").startsWith("\u2716")
                    && !robot.lookup("#callButton").queryButton().isDisabled());
            assertEquals("\u2716 " + expected.get(i).explanation(), text(robot, "#callOutcome"));
            assertEquals(expected.get(i).fix(), text(robot, "#callFix"));
            robot.interact(() -> robot.lookup("#callOutcome").queryAs(javafx.scene.control.Label.class).setText(""));
        }
    }
}
