package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import livekit.LivekitSip.CreateSIPDispatchRuleRequest;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** dispatch-rule and call end to end: CLI -> SipApi -> the LiveKit-compatible test server. */
class SetupCommandsTest {

    static final String SECRET = "SECRET-SENTINEL-setup-7c41d2";
    static final String KEY = "APIsetupKey";

    LiveKitTestServer server;
    Map<String, String> env;
    String trunk;
    String inbound;
    CliRuns runs;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
        server.addKey(KEY, SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", server.url(), "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET));
        runs = new CliRuns(env);
        trunk = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Acme").setAddress("sip.telnyx.com")
                .addNumbers("+15551234567").build());
        inbound = server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Acme inbound")
                .addNumbers("+15551234567").build());
    }

    @AfterEach
    void stop() {
        server.close();
        runs.assertNothingLeaked(SECRET);
    }

    Result run(String... args) {
        return runs.run(args);
    }

    static String lineValue(String out, String label) {
        List<String> values = out.lines().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length()))
                .toList();
        assertEquals(1, values.size(), "one '" + label + "' line in:\n" + out);
        return values.get(0);
    }

    /** The first problem line; progress lines come before it. */
    static String problemLine(Result r) {
        return r.out().lines().filter(l -> l.startsWith("error ") || l.startsWith("warning ")).findFirst()
                .orElse("");
    }

    CreateSIPDispatchRuleRequest lastRuleRequest() {
        List<?> sent = server.received("CreateSIPDispatchRule");
        return server.received("CreateSIPDispatchRule").get(sent.size() - 1)
                .bodyAs(CreateSIPDispatchRuleRequest.class);
    }

    CreateSIPParticipantRequest lastCall() {
        var sent = server.received("CreateSIPParticipant");
        assertFalse(sent.isEmpty(), "no call reached the server");
        return sent.get(sent.size() - 1).bodyAs(CreateSIPParticipantRequest.class);
    }

    // ------------------------------------------------------------------------------------------ dispatch-rule

    @Test
    void anOutboundTrunkIsRefusedForADispatchRule() {
        Result r = run("dispatch-rule", "create", "--trunk", trunk, "--agent", "emily");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(problemLine(r).contains("outbound trunk"), r.all());
        assertTrue(r.out().contains("inbound create --like " + trunk), r.all());
        assertTrue(server.received("CreateSIPDispatchRule").isEmpty(), "a rule that cannot match is never sent");
        assertTrue(server.dispatchRules().isEmpty());
    }

    // ------------------------------------------------------------------------------------------ inbound create

    @Test
    void inboundCreateLikeMakesOneInboundTrunkWithTheSameNumbers() {
        String outbound = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Emily")
                .setAddress("emily.pstn.twilio.com").addNumbers("+15557654321").addNumbers("+15557654322").build());
        Result r = run("inbound", "create", "--like", outbound);
        assertEquals(ExitCode.OK, r.exit(), r.all());
        String id = lineValue(r.out(), "Inbound trunk ID: ");
        SIPInboundTrunkInfo made = server.inboundTrunks().stream().filter(t -> t.getSipTrunkId().equals(id))
                .findFirst().orElseThrow();
        assertEquals(List.of("+15557654321", "+15557654322"), made.getNumbersList());
        assertEquals("Emily (incoming)", made.getName());
        assertTrue(r.out().contains("dispatch-rule create --trunk " + id), r.out());

        Result again = run("inbound", "create", "--like", outbound, "--name", "Other name", "--json");
        assertEquals(ExitCode.OK, again.exit(), again.all());
        JsonObject doc = JsonParser.parseString(again.out()).getAsJsonObject();
        assertEquals(id, doc.get("inbound_trunk_id").getAsString());
        assertTrue(doc.get("already_existed").getAsBoolean());
        assertEquals(1, server.received("CreateSIPInboundTrunk").size(), "a rerun creates nothing");
    }

    @Test
    void inboundCreateReusesATrunkThatAlreadyTakesTheNumbers() {
        Result r = run("inbound", "create", "--like", trunk, "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertEquals(inbound, JsonParser.parseString(r.out()).getAsJsonObject().get("inbound_trunk_id").getAsString());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty());
    }

    @Test
    void inboundCreateNeedsAnOutboundTrunk() {
        Result given = run("inbound", "create", "--like", inbound);
        assertEquals(ExitCode.REFUSED, given.exit(), given.all());
        assertTrue(problemLine(given).contains("already an inbound trunk"), given.all());

        Result missing = run("inbound", "create", "--like", "ST_nonexistent1");
        assertEquals(ExitCode.REFUSED, missing.exit(), missing.all());
        assertEquals(ExitCode.USAGE, run("inbound", "create").exit());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty());
    }

    @Test
    void inboundThenRuleSendsCallsToTheAgent() {
        String outbound = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Emily")
                .setAddress("emily.pstn.twilio.com").addNumbers("+15557654321").build());
        String id = lineValue(run("inbound", "create", "--like", outbound).out(), "Inbound trunk ID: ");
        Result r = run("dispatch-rule", "create", "--trunk", id, "--agent", "emily");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        SIPDispatchRuleInfo sent = lastRuleRequest().getDispatchRule();
        assertEquals(List.of(id), sent.getTrunkIdsList());
        assertEquals("emily", sent.getRoomConfig().getAgents(0).getAgentName());
    }

    // --------------------------------------------------------------------------------------------------- list

    @Test
    void listShowsInboundTrunksAndDispatchRulesApartFromOutboundTrunks() {
        String rule = lineValue(run("dispatch-rule", "create", "--trunk", inbound, "--agent", "emily").out(),
                "Dispatch rule ID: ");
        Result r = run("list");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().startsWith(trunk + "  Acme  sip.telnyx.com"), r.out());
        assertTrue(r.out().contains("\nInbound trunks:\n" + inbound + "  Acme inbound  +15551234567\n"), r.out());
        assertTrue(r.out().contains("\nDispatch rules:\n" + rule + "  "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(rule) && l.contains(inbound) && l.contains("emily")),
                r.out());

        JsonObject doc = JsonParser.parseString(run("list", "--json").out()).getAsJsonObject();
        assertEquals(trunk, doc.getAsJsonArray("items").get(0).getAsJsonObject().get("sip_trunk_id").getAsString());
        assertEquals(1, doc.getAsJsonArray("items").size(), "items stays outbound only, as lk prints it");
        assertEquals(inbound, doc.getAsJsonArray("inbound").get(0).getAsJsonObject().get("sip_trunk_id")
                .getAsString());
        JsonObject listedRule = doc.getAsJsonArray("dispatch_rules").get(0).getAsJsonObject();
        assertEquals(rule, listedRule.get("sip_dispatch_rule_id").getAsString());
        assertEquals(inbound, listedRule.getAsJsonArray("trunk_ids").get(0).getAsString());
        assertEquals("emily", listedRule.getAsJsonObject("room_config").getAsJsonArray("agents").get(0)
                .getAsJsonObject().get("agent_name").getAsString());
    }

    @Test
    void dispatchRuleSendsTheTrunkTheRuleAndTheAgent() {
        Result r = run("dispatch-rule", "create", "--trunk", inbound, "--agent", "emily");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        String id = lineValue(r.out(), "Dispatch rule ID: ");
        assertTrue(id.matches("SDR_\\w{12}"), id);
        assertTrue(r.out().contains("call-<random>"), r.out());
        assertTrue(r.out().contains("\"emily\""), r.out());

        SIPDispatchRuleInfo sent = lastRuleRequest().getDispatchRule();
        assertEquals(List.of(inbound), sent.getTrunkIdsList());
        assertEquals("call-", sent.getRule().getDispatchRuleIndividual().getRoomPrefix());
        assertEquals("emily", sent.getRoomConfig().getAgents(0).getAgentName());
        assertEquals(id, server.dispatchRules().iterator().next().getSipDispatchRuleId());
    }

    @Test
    void rerunningDispatchRuleCreateReusesTheRule() {
        String[] command = {"dispatch-rule", "create", "--trunk", inbound, "--individual", "emily-", "--name", "Emily"};
        String first = lineValue(run(command).out(), "Dispatch rule ID: ");
        Result again = run(command);
        assertEquals(ExitCode.OK, again.exit(), again.all());
        assertEquals(first, lineValue(again.out(), "Dispatch rule ID: "));
        assertTrue(again.out().contains("already exists"), again.out());
        assertEquals(1, server.dispatchRules().size());
        assertEquals(1, server.received("CreateSIPDispatchRule").size());

        // LiveKit allows one rule per trunk (without numbers or PIN): another shape is refused, naming the first.
        Result otherAgent = run("dispatch-rule", "create", "--trunk", inbound, "--individual", "emily-", "--name",
                "Emily", "--agent", "emily-v2");
        assertEquals(ExitCode.REFUSED, otherAgent.exit(), otherAgent.all());
        assertTrue(otherAgent.out().startsWith("error sip_trunk_id: The trunk already has the dispatch rule " + first
                + " (\"Emily\")"), otherAgent.out());
        assertEquals(1, server.dispatchRules().size());
        assertEquals(1, server.received("CreateSIPDispatchRule").size(), "refused before sending");

        String otherTrunk = server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Other")
                .addNumbers("+15551234568").build());
        Result forOtherTrunk = run("dispatch-rule", "create", "--trunk", otherTrunk, "--individual", "emily-",
                "--name", "Emily");
        assertEquals(ExitCode.OK, forOtherTrunk.exit(), forOtherTrunk.all());
        assertEquals(2, server.dispatchRules().size());
    }

    @Test
    void aRuleMadeElsewhereThatTakesTheTrunkIsNamed() {
        String dashboard = server.addDispatchRule(SIPDispatchRuleInfo.newBuilder().setName("From the dashboard")
                .addTrunkIds(inbound).setRule(livekit.LivekitSip.SIPDispatchRule.newBuilder()
                        .setDispatchRuleDirect(livekit.LivekitSip.SIPDispatchRuleDirect.newBuilder()
                                .setRoomName("old-room"))).build());
        Result r = run("dispatch-rule", "create", "--trunk", inbound, "--json");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        JsonObject error = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("error");
        assertTrue(error.get("message").getAsString().contains(dashboard), r.out());
        assertTrue(error.get("hint").getAsString().contains("delete it"), r.out());
    }

    @Test
    void directRuleAsJson() {
        Result r = run("dispatch-rule", "create", "--trunk", inbound, "--direct", "lobby", "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(doc.get("dispatch_rule_id").getAsString().startsWith("SDR_"));
        assertFalse(doc.get("already_existed").getAsBoolean());
        assertEquals("lobby", doc.getAsJsonObject("rule").getAsJsonObject("rule")
                .getAsJsonObject("dispatch_rule_direct").get("room_name").getAsString());
        assertEquals("lobby", lastRuleRequest().getDispatchRule().getRule().getDispatchRuleDirect().getRoomName());
        assertFalse(lastRuleRequest().getDispatchRule().hasRoomConfig(), "no agent asked for, none sent");
    }

    @Test
    void dispatchRuleUsageErrorsSendNothing() {
        Result both = run("dispatch-rule", "create", "--trunk", inbound, "--individual", "a-", "--direct", "b");
        assertEquals(ExitCode.USAGE, both.exit(), both.all());
        assertTrue(both.err().contains("--direct ROOM"), both.err());

        Result noTrunk = run("dispatch-rule", "create");
        assertEquals(ExitCode.USAGE, noTrunk.exit());
        assertTrue(noTrunk.err().contains("--trunk"), noTrunk.err());

        Result sid = run("dispatch-rule", "create", "--trunk", "TK0123456789abcdef0123456789abcdef");
        assertEquals(ExitCode.REFUSED, sid.exit(), "a wrong ID is refused input, not a usage error");
        assertTrue(sid.err().contains("Twilio trunk SID"), sid.err());

        assertEquals(ExitCode.USAGE, run("dispatch-rule", "delete", "--trunk", inbound).exit());
        assertTrue(server.received().isEmpty());
    }

    // ------------------------------------------------------------------------------------------------- call

    @Test
    void callNormalizesTheNumberAndWaitsForTheAnswer() {
        Result r = run("call", "--trunk", trunk, "--to", "(650) 253-0000", "--region", "US", "--wait");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        CreateSIPParticipantRequest sent = lastCall();
        assertEquals("+16502530000", sent.getSipCallTo());
        assertEquals(trunk, sent.getSipTrunkId());
        assertTrue(sent.getRoomName().matches("test-call-[a-z2-9]{8}"), sent.getRoomName());
        assertTrue(sent.getWaitUntilAnswered());
        assertEquals("", sent.getSipNumber(), "no --from: the trunk's own caller ID");

        assertTrue(r.out().contains("Calling +16502530000 through the trunk " + trunk + ", in room "
                + sent.getRoomName()), r.out());
        // The window's words for an answered call (TestCallAction), voicemail caveat included, and its room line.
        assertTrue(r.out().contains(org.trunkwizard.carriers.CallOutcomes.fromSipStatus(200, null).explanation()),
                r.out());
        assertTrue(r.out().contains("voicemail"), r.out());
        assertTrue(r.out().contains("LiveKit put the call in room " + sent.getRoomName()
                + "; hang up when you are done."), r.out());
        assertEquals(server.calls().get(0).getParticipantId(), lineValue(r.out(), "Participant ID: "));

        run("call", "--trunk", trunk, "--to", "+1 650 253 0000");
        assertFalse(lastCall().getRoomName().equals(sent.getRoomName()), "each call gets a fresh room");
    }

    @Test
    void callWithRoomFromAndJson() {
        Result r = run("call", "--trunk", trunk, "--to", "020 7946 0958", "--region", "gb", "--from",
                "(650) 253-0001", "--room", "my-room", "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        CreateSIPParticipantRequest sent = lastCall();
        assertEquals("+442079460958", sent.getSipCallTo());
        assertEquals("my-room", sent.getRoomName());
        assertFalse(sent.getWaitUntilAnswered());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(doc.get("ok").getAsBoolean());
        assertFalse(doc.get("answered").getAsBoolean());
        assertEquals("+442079460958", doc.get("sip_call_to").getAsString());
        assertTrue(doc.get("participant_id").getAsString().startsWith("PA_"));
    }

    @Test
    void fromIsReadWithTheSameRegion() {
        Result r = run("call", "--trunk", trunk, "--to", "650 253 0000", "--from", "650-253-0001", "--region", "US");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertEquals("+16502530001", lastCall().getSipNumber());
    }

    @Test
    void withoutWaitTheCarriersRefusalIsNotSeen() {
        // LiveKit answers as soon as dialling starts: the outcome needs --wait.
        server.carrierAnswers(486, "Busy Here");
        Result r = run("call", "--trunk", trunk, "--to", "+16502530000");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("--wait"), r.out());
    }

    static Stream<Arguments> carrierRefusals() {
        return Stream.of(
                Arguments.of(403, "Forbidden", "error trunk: The carrier refused the call", "caller ID"),
                Arguments.of(404, "Not Found", "error sip_call_to: The carrier could not find", "international format"),
                Arguments.of(480, "Temporarily Unavailable", "error sip_call_to: The phone called was unavailable",
                        "off or out of reach"),
                Arguments.of(486, "Busy Here", "error sip_call_to: The line was busy", "Try again later"),
                Arguments.of(603, "Decline", "error sip_call_to: The person called declined", "phone you can answer"),
                Arguments.of(401, "Unauthorized", "error auth_password: The carrier kept asking for the password",
                        "password"),
                Arguments.of(407, "Proxy Authentication Required", "error auth_password:", "password"),
                Arguments.of(408, "Request Timeout", "error address: No answer came back", "firewall"),
                Arguments.of(503, "Service Unavailable", "error address: The carrier could not take the call",
                        "balance"));
    }

    @ParameterizedTest
    @MethodSource("carrierRefusals")
    void eachSipStatusIsExplainedWithItsFix(int status, String reason, String start, String fix) {
        server.carrierAnswers(status, reason);
        Result r = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        String problem = problemLine(r);
        assertTrue(problem.startsWith(start), problem);
        assertTrue(problem.contains("(SIP " + status), problem);
        assertTrue(r.out().contains(fix), r.out());
        assertFalse(r.out().contains("worth trying again"), "not a retry matter: " + r.out());
    }

    @Test
    void withItsCarrierTheFixNamesThatCarriersSettings() {
        server.carrierAnswers(403, "Forbidden");
        Result twilio = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait", "--carrier", "twilio");
        assertEquals(ExitCode.REFUSED, twilio.exit(), twilio.all());
        assertTrue(problemLine(twilio).startsWith("error trunk: Twilio refused the call (SIP 403"), twilio.out());
        assertTrue(twilio.out().contains("Credential List"), twilio.out());
        server.carrierAnswers(503, "Service Unavailable");
        Result telnyx = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait", "--carrier", "telnyx");
        assertTrue(telnyx.out().contains("Outbound Voice Profile"), telnyx.out());
        assertEquals(ExitCode.USAGE, run("call", "--trunk", trunk, "--to", "+16502530000", "--carrier", "sprint")
                .exit());
    }

    @Test
    void failuresWithoutASipStatusAreExplainedToo() {
        server.carrierSilent();
        Result silent = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait");
        assertEquals(ExitCode.REFUSED, silent.exit(), silent.all());
        assertTrue(problemLine(silent).startsWith("error address: No answer came back from the carrier's address"),
                silent.out());
        assertTrue(silent.out().contains("try TCP"), silent.out());

        server.carrierRejectsCredentials();
        Result auth = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait");
        assertEquals(ExitCode.REFUSED, auth.exit(), auth.all());
        assertTrue(problemLine(auth).startsWith("error auth_password:"), auth.out());
        assertTrue(auth.out().contains("max auth retry attempts"), auth.out());
        assertFalse(auth.out().contains("SIP 0"), auth.out());

        server.carrierAnswersCalls();
        assertEquals(ExitCode.OK, run("call", "--trunk", trunk, "--to", "+16502530000", "--wait").exit());
    }

    @Test
    void aJsonFailureIsOneDocument() {
        server.carrierAnswers(486, "Busy Here");
        Result r = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait", "--json");
        assertEquals(ExitCode.REFUSED, r.exit());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertFalse(doc.get("ok").getAsBoolean());
        assertEquals("sip_call_to", doc.getAsJsonObject("error").get("field").getAsString());
        assertTrue(doc.getAsJsonObject("error").get("message").getAsString().contains("486"));
    }

    @Test
    void liveKitUnreachableOrFailingExitsThree() {
        server.failAlways(Fault.drop());
        assertEquals(ExitCode.UNREACHABLE, run("call", "--trunk", trunk, "--to", "+16502530000", "--wait").exit());
        server.clearFaults();
        server.failAlways(Fault.status(503));
        Result r = run("call", "--trunk", trunk, "--to", "+16502530000", "--wait");
        assertEquals(ExitCode.UNREACHABLE, r.exit(), r.all());
        assertTrue(r.out().contains("worth trying again"), r.out());
        server.clearFaults();
        server.failAlways(Fault.drop());
        assertEquals(ExitCode.UNREACHABLE, run("dispatch-rule", "create", "--trunk", trunk).exit());
    }

    @Test
    void anUnknownTrunkIsNotFound() {
        Result r = run("call", "--trunk", "ST_doesNotExist", "--to", "+16502530000", "--wait");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(problemLine(r).startsWith("error sip_trunk_id:"), r.out());
    }

    @Test
    void aTwilioSidOrABadNumberIsRefusedBeforeAnythingIsSent() {
        Result sid = run("call", "--trunk", "TK0123456789abcdef0123456789abcdef", "--to", "+16502530000");
        assertEquals(ExitCode.REFUSED, sid.exit(), "a wrong ID is refused input, not a usage error");
        assertTrue(sid.err().contains("This is a Twilio trunk SID (TK...), not a LiveKit Trunk ID."), sid.err());

        Result letters = run("call", "--trunk", trunk, "--to", "call me maybe");
        assertEquals(ExitCode.REFUSED, letters.exit(), letters.all());
        assertTrue(letters.out().startsWith("error sip_call_to: \"call me maybe\" is not a phone number."),
                letters.out());
        assertTrue(letters.out().contains("No call was placed."), letters.out());

        Result national = run("call", "--trunk", trunk, "--to", "12", "--region", "US");
        assertEquals(ExitCode.REFUSED, national.exit(), national.all());
        // The same words as the numbers field of the window and of validate.
        assertTrue(national.out().startsWith("error sip_call_to: \"12\" is too short to be a phone number."),
                national.out());
        assertTrue(national.out().contains("--region"), national.out());

        Result two = run("call", "--trunk", trunk, "--to", "+16502530000, +442079460958");
        assertEquals(ExitCode.REFUSED, two.exit(), two.all());
        assertTrue(two.out().contains("a test call dials exactly one"), two.out());

        Result badFrom = run("call", "--trunk", trunk, "--to", "+16502530000", "--from", "x", "--json");
        assertEquals(ExitCode.REFUSED, badFrom.exit());
        JsonObject doc = JsonParser.parseString(badFrom.out()).getAsJsonObject();
        assertEquals("sip_number", doc.getAsJsonArray("problems").get(0).getAsJsonObject().get("field")
                .getAsString());

        assertEquals(ExitCode.USAGE, run("call", "--trunk", trunk).exit(), "--to is required");
        assertEquals(ExitCode.USAGE, run("call", "--to", "+16502530000").exit(), "--trunk is required");
        assertEquals(ExitCode.USAGE, run("call", "--trunk", trunk, "--to", "+16502530000", "--region", "USA")
                .exit());
        assertTrue(server.received().isEmpty(), "nothing was sent");
    }

    @Test
    void anUnassignedNumberIsAWarningAndStillDialled() {
        Result r = run("call", "--trunk", trunk, "--to", "+15555550100");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().startsWith("warning sip_call_to: +15555550100 is not an assigned phone number"), r.out());
        assertTrue(r.out().contains("Check the digits"), r.out());
        assertEquals("+15555550100", lastCall().getSipCallTo());

        Result from = run("call", "--trunk", trunk, "--to", "+16502530000", "--from", "+15555550101");
        assertEquals(ExitCode.OK, from.exit(), from.all());
        assertTrue(from.out().startsWith("warning sip_number: +15555550101 is not an assigned phone number"),
                from.out());
        assertTrue(from.out().contains("Calls from it will be refused"), "a caller ID's hint: " + from.out());
    }

    @Test
    void helpListsBothCommands() {
        Result help = run("--help");
        assertTrue(help.out().contains("trunk-wizard dispatch-rule create --trunk ID"), help.out());
        assertTrue(help.out().contains("trunk-wizard call --trunk ID --to NUMBER"), help.out());
        Result one = run("call", "--help");
        assertEquals(ExitCode.OK, one.exit());
        assertTrue(one.out().contains("[--wait]"), one.out());
    }
}
