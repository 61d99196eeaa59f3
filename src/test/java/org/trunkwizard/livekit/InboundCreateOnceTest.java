package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.trunk.TrunkProto;

/**
 * "Receive calls too" makes one inbound trunk and one rule, whatever happens to a create's reply: lost, late, or
 * stopped. A create whose outcome is unknown is looked for before the next one is sent, so a retry neither makes a
 * second one nor meets LiveKit's "conflicting" refusal for the first.
 */
class InboundCreateOnceTest {

    static final String CREATE_INBOUND = "CreateSIPInboundTrunk";
    static final String CREATE_RULE = "CreateSIPDispatchRule";

    @TempDir
    Path state;
    LiveKitTestServer server;
    String outbound;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
        outbound = server.addTrunk(TrunkProto.toProto(SipApiTest.acme()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    SipApi api() throws ApiException {
        return new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), SipApiTest.SHORT,
                state);
    }

    String inbound() {
        return server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("in")
                .addAllNumbers(SipApiTest.acme().numbers()).build());
    }

    DispatchRule rule(String trunk) {
        return new DispatchRule("Acme agent", List.of(trunk), DispatchRule.Kind.INDIVIDUAL, "call-", "acme-agent");
    }

    void noMarkerLeft() throws Exception {
        try (Stream<Path> files = Files.list(state.resolve("creates"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".pending")), "the outcome is known now");
        }
    }

    @Test
    void anInboundTrunkThatLandsWhileTheRetryListsIsReusedNotRefusedAsConflicting() throws Exception {
        server.failNext(CREATE_INBOUND, Fault.landsWhenListed("ListSIPInboundTrunk"));
        ApiException lost = assertThrows(ApiException.class, () -> api().ensureInboundTrunkLike(outbound, ""));
        assertTrue(lost.retryable(), "the reply never came: worth a retry");

        InboundTrunkOutcome retry = api().ensureInboundTrunkLike(outbound, "");

        assertTrue(retry.alreadyExisted(), "the retry found the trunk the first create made");
        assertEquals(1, server.inboundTrunks().size());
        assertEquals(1, server.received(CREATE_INBOUND).size(), "no second create was sent");
        noMarkerLeft();
    }

    @Test
    void aDispatchRuleThatLandsWhileTheRetryListsIsReusedNotRefusedAsConflicting() throws Exception {
        String in = inbound();
        server.failNext(CREATE_RULE, Fault.landsWhenListed("ListSIPDispatchRule"));
        assertThrows(ApiException.class, () -> api().ensureDispatchRule(rule(in)));

        DispatchRuleOutcome retry = api().ensureDispatchRule(rule(in));

        assertTrue(retry.alreadyExisted());
        assertEquals(1, server.dispatchRules().size());
        assertEquals(1, server.received(CREATE_RULE).size(), "no second create was sent");
        noMarkerLeft();
    }

    @Test
    void aDroppedReplyThenRetryMakesExactlyOneOfEach() throws Exception {
        server.failNext(CREATE_INBOUND, Fault.dropReply());
        assertThrows(ApiException.class, () -> api().ensureInboundTrunkLike(outbound, ""));
        String in = api().ensureInboundTrunkLike(outbound, "").trunkId();

        server.failNext(CREATE_RULE, Fault.dropReply());
        assertThrows(ApiException.class, () -> api().ensureDispatchRule(rule(in)));
        DispatchRuleOutcome rule = api().ensureDispatchRule(rule(in));

        assertTrue(rule.alreadyExisted());
        assertEquals(1, server.inboundTrunks().size());
        assertEquals(1, server.dispatchRules().size());
        noMarkerLeft();
    }

    @Test
    void stopThenRetryOnTheSameServiceMakesOneInboundTrunk() throws Exception {
        server.failNext(CREATE_INBOUND, Fault.landsWhenListed("ListSIPInboundTrunk"));
        SipApi api = api();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread receive = new Thread(() -> {
            try {
                api.ensureInboundTrunkLike(outbound, "");
            } catch (ApiException | RuntimeException e) {
                failure.set(e);
            }
        }, "receive-calls-too");
        receive.start();
        CreateOnceTest.waitUntil(() -> server.received(CREATE_INBOUND).size() == 1, "the create reached LiveKit");
        receive.interrupt();
        receive.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(receive.isAlive());
        assertTrue(failure.get() instanceof ApiException, String.valueOf(failure.get()));

        InboundTrunkOutcome retry = api.ensureInboundTrunkLike(outbound, "");

        assertTrue(retry.alreadyExisted());
        assertEquals(1, server.inboundTrunks().size());
    }
}
