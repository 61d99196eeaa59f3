package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPTransport;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trunkwizard.livekit.server.EveryField;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkPatch;
import org.trunkwizard.trunk.TrunkProto;
import org.trunkwizard.trunk.TrunkSpec;

/** Every call of SipApi against the LiveKit-compatible test server: what reaches the wire, and what comes back. */
class SipApiTest {

    static final String PASSWORD = "Pw-SENTINEL-7f3a9c";
    static final Timeouts SHORT = new Timeouts(Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofSeconds(2));

    /** Where creates take turns and leave pending markers: not the developer's own config folder. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path state;
    LiveKitTestServer server;
    SipApi api;

    static TrunkSpec acme() {
        return TrunkSpec.builder()
                .name("Acme outbound")
                .address("acme.pstn.twilio.com")
                .transport(Transport.TLS)
                .numbers(List.of("+15551234567", "+15551234568"))
                .mediaEncryption(MediaEncryption.REQUIRED)
                .authUsername("livekit-user")
                .authPassword(PASSWORD)
                .destinationCountry("US")
                .header("X-Telnyx-Username", "livekit-user")
                .metadata("{\"by\":\"wizard\"}")
                .build();
    }

    @BeforeEach
    void start() throws ApiException {
        server = LiveKitTestServer.start();
        api = new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), SHORT, state);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aListedTrunkKeepsEveryFieldEvenOnesThisSdkDoesNotKnow() throws ApiException {
        String id = server.addTrunk(EveryField.trunk(PASSWORD));

        StoredTrunk listed = api.listTrunks().get(0);

        assertEquals(id, listed.trunkId());
        SIPOutboundTrunkInfo back = TrunkProto.toProto(listed.spec());
        assertEquals(EveryField.trunk(PASSWORD), back);
        assertTrue(EveryField.keepsUnknownField(back));
    }

    @Test
    void aPatchLiveKitsPartialUpdateCoversIsSentAsOne() throws ApiException {
        String id = server.addTrunk(EveryField.trunk(PASSWORD));

        api.updateTrunk(id, TrunkPatch.password("Another-Pw-1234567"));

        UpdateSIPOutboundTrunkRequest sent = server.received("UpdateSIPOutboundTrunk").get(0)
                .bodyAs(UpdateSIPOutboundTrunkRequest.class);
        assertTrue(sent.hasUpdate());
        assertEquals(List.of(), server.received("ListSIPOutboundTrunk"), "no need to read the trunk first");
        assertEquals(EveryField.trunk("Another-Pw-1234567").toBuilder().setSipTrunkId(id).build(),
                server.trunks().iterator().next());
    }

    @Test
    void aPatchOfOtherFieldsIsAppliedToTheServersOwnTrunkAndSentBackWhole() throws ApiException {
        String id = server.addTrunk(EveryField.trunk(PASSWORD));
        TrunkSpec values = TrunkSpec.builder().header("X-New", "1").numbers(List.of("+15550009999")).build();

        api.updateTrunk(id, new TrunkPatch(java.util.Set.of("headers", "numbers"), values));

        SIPOutboundTrunkInfo after = server.trunks().iterator().next();
        assertEquals(EveryField.trunk(PASSWORD).toBuilder().setSipTrunkId(id).clearHeaders().putHeaders("X-New", "1")
                .clearNumbers().addNumbers("+15550009999").build(), after);
        assertTrue(EveryField.keepsUnknownField(after));
        assertThrows(ApiException.class, () -> api.updateTrunk("ST_nope", new TrunkPatch(
                java.util.Set.of("headers"), values)));
    }

    @Test
    void createSendsEveryFieldAndReturnsTheTrunkId() throws ApiException {
        CreateOutcome outcome = api.createTrunk(acme());

        assertFalse(outcome.alreadyExisted());
        assertTrue(outcome.trunk().trunkId().matches("ST_[2-9A-HJ-NP-Za-km-z]{12}"), outcome.trunk().trunkId());
        var wire = server.received("CreateSIPOutboundTrunk");
        assertEquals(1, wire.size());
        assertEquals("application/protobuf", wire.get(0).contentType());
        SIPOutboundTrunkInfo sent = wire.get(0).bodyAs(CreateSIPOutboundTrunkRequest.class).getTrunk();
        assertEquals(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_REQUIRE, sent.getMediaEncryption());
        assertEquals(SIPTransport.SIP_TRANSPORT_TLS, sent.getTransport());
        assertEquals(Map.of("X-Telnyx-Username", "livekit-user"), sent.getHeadersMap());
        assertEquals("US", sent.getDestinationCountry());
        assertEquals(PASSWORD, sent.getAuthPassword());
        assertEquals(List.of("+15551234567", "+15551234568"), sent.getNumbersList());
        assertEquals(1, server.trunks().size());
        assertEquals(outcome.trunk().trunkId(), server.trunks().iterator().next().getSipTrunkId());
    }

    @Test
    void aRepeatedCreateFindsTheFirstTrunk() throws ApiException {
        String first = api.createTrunk(acme()).trunk().trunkId();
        CreateOutcome again = api.createTrunk(acme());

        assertTrue(again.alreadyExisted());
        assertEquals(first, again.trunk().trunkId());
        assertEquals(1, server.trunks().size());
        assertEquals(1, server.received("CreateSIPOutboundTrunk").size());
    }

    @Test
    void aCreateThatTimedOutButSucceededIsFoundOnRetry() throws ApiException {
        server.failNext(Fault.slow(Duration.ZERO)); // the duplicate check's list: answered normally
        server.failNext(Fault.slowAfterHandling(Duration.ofSeconds(2)));

        ApiException timeout = assertThrows(ApiException.class, () -> api.createTrunk(acme()));
        assertTrue(timeout.retryable());
        assertEquals(1, server.trunks().size(), "the server made the trunk although the client gave up");

        CreateOutcome retry = api.createTrunk(acme());
        assertTrue(retry.alreadyExisted());
        assertEquals(1, server.trunks().size());
    }

    @Test
    void aDoubleClickLeavesOneTrunk() throws Exception {
        server.failAlways(Fault.slow(Duration.ofMillis(200)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> api.createTrunk(acme()));
            var second = pool.submit(() -> api.createTrunk(acme()));
            CreateOutcome a = first.get();
            CreateOutcome b = second.get();
            assertEquals(a.trunk().trunkId(), b.trunk().trunkId());
            assertTrue(a.alreadyExisted() != b.alreadyExisted(), "one made it, the other found it");
            assertEquals(1, server.trunks().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallNeedsTheCallPermission() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        server.denySip(server.apiKey());
        ApiException e = assertThrows(ApiException.class,
                () -> api.placeTestCall(new TestCall(trunk, "+15557654321", "r")));
        assertEquals("api_key", e.problem().field());
        assertTrue(e.problem().message().contains("place SIP calls"), e.problem().message());
        assertTrue(server.calls().isEmpty());
    }

    @Test
    void sameNameOtherAddressIsANewTrunk() throws ApiException {
        api.createTrunk(acme());
        CreateOutcome other = api.createTrunk(acme().toBuilder().address("sip.telnyx.com").build());
        assertFalse(other.alreadyExisted());
        assertEquals(2, server.trunks().size());
    }

    @Test
    void listUpdateAndDelete() throws ApiException {
        String id = api.createTrunk(acme()).trunk().trunkId();
        assertEquals(List.of(id), api.listTrunks().stream().map(StoredTrunk::trunkId).toList());

        TrunkSpec changed = acme().toBuilder().transport(Transport.TCP).headers(Map.of())
                .mediaEncryption(MediaEncryption.OPTIONAL).numbers(List.of("+442071838750")).build();
        StoredTrunk updated = api.replaceTrunk(id, changed);
        assertEquals(id, updated.trunkId());
        assertEquals(Transport.TCP, updated.spec().transport());
        UpdateSIPOutboundTrunkRequest sent = server.received("UpdateSIPOutboundTrunk").get(0)
                .bodyAs(UpdateSIPOutboundTrunkRequest.class);
        assertTrue(sent.hasReplace(), "update is a full replace");
        assertEquals(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_ALLOW, sent.getReplace().getMediaEncryption());
        assertTrue(server.trunks().iterator().next().getHeadersMap().isEmpty(), "replaced, headers gone");
        assertEquals(List.of("+442071838750"), api.findTrunk(id).orElseThrow().spec().numbers());

        api.deleteTrunk(id);
        assertTrue(server.trunks().isEmpty());
        assertTrue(api.findTrunk(id).isEmpty());
    }

    @Test
    void unknownTrunkIsNotFoundAndNamesTheId() {
        ApiException e = assertThrows(ApiException.class, () -> api.deleteTrunk("ST_doesNotExist"));
        assertEquals("sip_trunk_id", e.problem().field());
        assertFalse(e.retryable());
        assertTrue(e.problem().hint().contains("ST_"), e.problem().hint());
        ApiException update = assertThrows(ApiException.class, () -> api.replaceTrunk("ST_nope", acme()));
        assertEquals("sip_trunk_id", update.problem().field());
    }

    @Test
    void theServersValidationPointsAtTheField() {
        ApiException address = assertThrows(ApiException.class,
                () -> api.createTrunk(acme().toBuilder().address("sip:acme.pstn.twilio.com").build()));
        assertEquals("address", address.problem().field());
        assertTrue(address.problem().message().contains("not SIP URI"), address.problem().message());
        assertFalse(address.retryable());

        ApiException numbers = assertThrows(ApiException.class,
                () -> api.createTrunk(acme().toBuilder().numbers(List.of()).build()));
        assertEquals("numbers", numbers.problem().field());

        ApiException header = assertThrows(ApiException.class,
                () -> api.createTrunk(acme().toBuilder().header("From", "x").build()));
        assertEquals("headers", header.problem().field());
        assertTrue(server.trunks().isEmpty());
    }

    @Test
    void dispatchRuleAndTestCall() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        String rule = api.createDispatchRule(new DispatchRule("Acme inbound", List.of(trunk), "call-"));
        assertTrue(rule.startsWith("SDR_"), rule);
        assertEquals(List.of(trunk), server.dispatchRules().iterator().next().getTrunkIdsList());

        TestCall.Placed placed = api.placeTestCall(new TestCall(trunk, "+15557654321", "test-room"));
        assertTrue(placed.sipCallId().startsWith("SCL_"), placed.sipCallId());
        assertEquals("test-room", placed.roomName());
        CreateSIPParticipantRequest sent = server.received("CreateSIPParticipant").get(0)
                .bodyAs(CreateSIPParticipantRequest.class);
        assertEquals(trunk, sent.getSipTrunkId());
        assertEquals("+15557654321", sent.getSipCallTo());
    }

    @Test
    void aTestCallWaitsLongerThanOtherCalls() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        server.failNext(Fault.slow(Duration.ofMillis(1200))); // longer than the read timeout, shorter than a call's
        TestCall.Placed placed = api.placeTestCall(new TestCall(trunk, "+15557654321", "r"));
        assertTrue(placed.participantId().startsWith("PA_"));
    }

    @Test
    void aCallThroughAnUnknownTrunkIsNotFound() {
        ApiException e = assertThrows(ApiException.class,
                () -> api.placeTestCall(new TestCall("TK0123456789abcdef0123456789abcdef", "+15557654321", "r")));
        assertEquals("sip_trunk_id", e.problem().field());
        assertTrue(e.problem().hint().contains("TK"), e.problem().hint());
    }

    @Test
    void aCarrierRefusalExplainsTheSipStatus() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        server.carrierAnswers(403, "Forbidden");
        ApiException e = assertThrows(ApiException.class,
                () -> api.placeTestCall(new TestCall(trunk, "+15557654321", "r")));
        assertTrue(e.problem().message().contains("SIP 403 Forbidden"), e.problem().message());
        assertFalse(e.retryable());
        // The facts for carriers' CallOutcomes, which explains them per carrier (see cli SetupCommandsTest).
        CallFailure f = e.callFailure().orElseThrow();
        assertEquals(403, f.sipStatus());
        assertEquals("Forbidden", f.sipReason());
        assertEquals("permission_denied", f.twirpCode());
    }

    @Test
    void liveKitsOwnRuleConflictIsARefusalNotAServerFailure() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        api.createDispatchRule(new DispatchRule("First", List.of(trunk), "call-"));
        // createDispatchRule does not look first: LiveKit's own refusal (invalid_argument today) comes back.
        ApiException e = assertThrows(ApiException.class,
                () -> api.createDispatchRule(new DispatchRule("Second", List.of(trunk), "other-")));
        assertEquals("sip_trunk_id", e.problem().field());
        assertTrue(e.problem().message().contains("another dispatch rule"), e.problem().message());
        assertFalse(e.retryable());
        assertEquals(1, server.dispatchRules().size());
    }

    @Test
    void aRefusedCallIsNotCalledARefusedTrunk() throws ApiException {
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        ApiException e = assertThrows(ApiException.class,
                () -> api.placeTestCall(new TestCall(trunk, "sip:bob@example.com", "r")));
        assertEquals("sip_call_to", e.problem().field());
        assertTrue(e.problem().message().startsWith("LiveKit refused the request: "), e.problem().message());
    }
}
