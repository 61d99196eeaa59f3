package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import livekit.LivekitSip.SIPDispatchRule;
import livekit.LivekitSip.SIPDispatchRuleCallee;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.trunk.TrunkProto;

/** What is in the way of "Receive calls too", judged as LiveKit judges it, and explained. */
class InboundConflictsTest {

    @TempDir
    Path state;
    LiveKitTestServer server;
    SipApi api;
    String outbound;

    @BeforeEach
    void start() throws ApiException {
        server = LiveKitTestServer.start();
        api = new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), SipApiTest.SHORT,
                state);
        outbound = server.addTrunk(TrunkProto.toProto(SipApiTest.acme()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anInboundTrunkWithSomeOfTheNumbersIsNamedAsInTheWay() {
        String other = server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Old")
                .addNumbers("+1 555 123 4567").build());
        ApiException e = assertThrows(ApiException.class, () -> api.ensureInboundTrunkLike(outbound, ""));
        assertEquals("numbers", e.problem().field());
        assertTrue(e.problem().message().contains("one inbound trunk only"), e.problem().message());
        assertTrue(e.problem().message().contains(other), e.problem().message());
        assertFalse(e.retryable());
        assertEquals(1, server.inboundTrunks().size());
    }

    @Test
    void anInboundTrunkWithTheNumbersWrittenAnotherWayIsReused() throws ApiException {
        String old = server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Old")
                .addNumbers("+1 (555) 123-4567").addNumbers("15551234568").build());
        InboundTrunkOutcome outcome = api.ensureInboundTrunkLike(outbound, "");
        assertTrue(outcome.alreadyExisted());
        assertEquals(old, outcome.trunkId());
    }

    @Test
    void aRuleForSomeCallersOnlyIsNotInTheWayButACalleeRuleIs() throws ApiException {
        String in = api.ensureInboundTrunkLike(outbound, "").trunkId();
        server.addDispatchRule(SIPDispatchRuleInfo.newBuilder().setName("VIP callers").addTrunkIds(in)
                .addNumbers("+15550001").setRule(SIPDispatchRule.newBuilder().setDispatchRuleCallee(
                        SIPDispatchRuleCallee.newBuilder().setRoomPrefix("vip-"))).build());
        server.addDispatchRule(SIPDispatchRuleInfo.newBuilder().setName("With PIN").addTrunkIds(in)
                .setRule(SIPDispatchRule.newBuilder().setDispatchRuleCallee(
                        SIPDispatchRuleCallee.newBuilder().setRoomPrefix("pin-").setPin("1234"))).build());

        DispatchRuleOutcome made = api.ensureDispatchRule(
                new DispatchRule("Agent", List.of(in), DispatchRule.Kind.INDIVIDUAL, "call-", "agent"));
        assertFalse(made.alreadyExisted());
        assertEquals(3, server.dispatchRules().size());

        String other = api.ensureInboundTrunkLike(server.addTrunk(TrunkProto.toProto(SipApiTest.acme().toBuilder()
                .name("Other").numbers(List.of("+15557770000")).build())), "").trunkId();
        String callee = server.addDispatchRule(SIPDispatchRuleInfo.newBuilder().setName("By number").addTrunkIds(other)
                .setRule(SIPDispatchRule.newBuilder().setDispatchRuleCallee(
                        SIPDispatchRuleCallee.newBuilder().setRoomPrefix("n-"))).build());
        ApiException e = assertThrows(ApiException.class, () -> api.ensureDispatchRule(
                new DispatchRule("Agent", List.of(other), DispatchRule.Kind.INDIVIDUAL, "call-", "agent")));
        assertTrue(e.problem().message().contains(callee), e.problem().message());
    }
}
