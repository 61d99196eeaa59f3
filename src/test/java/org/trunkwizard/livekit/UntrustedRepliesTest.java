package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** Replies that must not be trusted: too large, about another trunk, or a rate limiter's; and the token we send. */
class UntrustedRepliesTest {

    static final String LARGE = "LiveKit sent an unexpectedly large reply";

    @TempDir
    Path state;
    LiveKitTestServer server;
    SipApi api;

    @BeforeEach
    void start() throws ApiException {
        server = LiveKitTestServer.start();
        api = new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), SipApiTest.SHORT,
                state);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aReplyAnnouncingFiveGigabytesIsRefusedUnread() {
        server.failNext(Fault.hugeDeclared());
        ApiException e = assertThrows(ApiException.class, () -> api.listTrunks());
        assertTrue(e.problem().message().startsWith(LARGE), e.problem().message());
        assertTrue(e.retryable());
    }

    @Test
    void aReplyThatNeverEndsIsCutAtTheLimit() throws ApiException {
        server.failNext(Fault.hugeStreamed());
        // Patient enough to read up to the limit: the limit, not a timeout, must end this.
        SipApi patient = new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()),
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(60)), state);
        ApiException e = assertThrows(ApiException.class, patient::listTrunks);
        assertTrue(e.problem().message().startsWith(LARGE), e.problem().message());
        assertTrue(e.retryable());
    }

    @Test
    void aCreateReplyWithoutTrunkIdIsUnexpectedAndTheRetryFindsTheTrunk() throws ApiException {
        server.failNext(Fault.emptyReply().on("CreateSIPOutboundTrunk"));
        ApiException e = assertThrows(ApiException.class, () -> api.createTrunk(SipApiTest.acme()));
        assertTrue(e.retryable());
        assertTrue(e.problem().message().contains("unexpected reply"), e.problem().message());

        CreateOutcome retry = api.createTrunk(SipApiTest.acme());
        assertTrue(retry.alreadyExisted());
        assertEquals(1, server.trunks().size());
    }

    @Test
    void aCreateReplyAboutAnotherTrunkIsUnexpected() {
        server.failNext(Fault.foreignReply().on("CreateSIPOutboundTrunk"));
        ApiException e = assertThrows(ApiException.class, () -> api.createTrunk(SipApiTest.acme()));
        assertTrue(e.retryable());
        assertTrue(e.problem().message().contains("unexpected reply"), e.problem().message());
        assertFalse(e.problem().message().contains("Someone else"), "the foreign trunk is not reported as ours");
    }

    @Test
    void a429WithoutTwirpBodyIsRateLimitingAndSaysHowLongToWait() {
        server.failNext(Fault.rateLimited("30"));
        ApiException e = assertThrows(ApiException.class, () -> api.listTrunks());
        assertTrue(e.retryable(), "worth retrying: exit 3");
        assertTrue(e.problem().message().contains("limiting the rate"), e.problem().message());
        assertTrue(e.problem().message().contains("30 s"), e.problem().message());

        server.failNext(Fault.rateLimited(""));
        ApiException bare = assertThrows(ApiException.class, () -> api.listTrunks());
        assertTrue(bare.retryable());
        assertTrue(bare.problem().message().contains("limiting the rate"), bare.problem().message());
    }

    @Test
    void theAdminTokenLivesTenMinutesAtMostAndNotBeforeNow() throws ApiException {
        api.listTrunks();
        String header = server.received("ListSIPOutboundTrunk").get(0).header("Authorization").orElseThrow();
        DecodedJWT jwt = JWT.decode(header.substring("Bearer ".length()));
        assertNotNull(jwt.getNotBefore(), "nbf");
        assertTrue(!jwt.getNotBefore().toInstant().isAfter(Instant.now()), "valid from now, not later");
        long lifetime = jwt.getExpiresAt().toInstant().getEpochSecond()
                - jwt.getNotBefore().toInstant().getEpochSecond();
        assertTrue(lifetime > 0 && lifetime <= 600, "token lives " + lifetime + " s");
    }
}
