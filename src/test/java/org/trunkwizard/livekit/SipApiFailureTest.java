package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.livekit.server.SelfSignedHttps;
import org.trunkwizard.validation.Problem;

/** Every way a call can fail, as the user reads it: which field, retry or not, and never a secret. */
class SipApiFailureTest {

    static final String SECRET = "SECRET-SENTINEL-do-not-print-4b1d";

    @TempDir
    Path state;
    LiveKitTestServer server;
    final List<Problem> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
        server.addKey("APIsentinel", SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        for (Problem p : seen) {
            String text = p.field() + p.message() + p.hint();
            assertFalse(text.contains(SECRET), "secret leaked: " + text);
            assertFalse(text.contains(SipApiTest.PASSWORD), "password leaked: " + text);
            assertFalse(text.contains("Exception"), "exception text reached the user: " + text);
        }
    }

    SipApi api(String url, String key, String secret) throws ApiException {
        return new SipApi(LiveKitConnection.of(url, key, secret), SipApiTest.SHORT, state);
    }

    SipApi api() throws ApiException {
        return api(server.url(), "APIsentinel", SECRET);
    }

    ApiException fails(Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        seen.add(e.problem());
        return e;
    }

    @Test
    void testConnectionSucceedsWithTheRightKey() throws ApiException {
        api().testConnection();
        assertEquals(1, server.received("ListSIPOutboundTrunk").size());
        assertTrue(server.received().get(0).header("Authorization").orElseThrow().startsWith("Bearer ey"));
    }

    @Test
    void wrongSecretNamesTheSecret() {
        ApiException e = fails(() -> api(server.url(), "APIsentinel", "wrong-" + SECRET).testConnection());
        assertEquals("api_secret", e.problem().field());
        assertFalse(e.retryable());
    }

    @Test
    void unknownKeyNamesTheKey() {
        ApiException e = fails(() -> api(server.url(), "APIunknown", SECRET).testConnection());
        assertEquals("api_key", e.problem().field());
        assertFalse(e.retryable());
    }

    @Test
    void anExpiredTokenPointsAtTheClock() {
        server.clockAhead(Duration.ofDays(2));
        ApiException e = fails(() -> api().testConnection());
        assertEquals("clock", e.problem().field());
        assertTrue(e.problem().hint().contains("clock"), e.problem().hint());
    }

    @Test
    void aKeyWithoutSipPermissionSaysSo() {
        server.denySip("APIsentinel");
        ApiException e = fails(() -> api().testConnection());
        assertEquals("api_key", e.problem().field());
        assertTrue(e.problem().message().contains("permissions denied"), e.problem().message());
        assertFalse(e.retryable());
    }

    @Test
    void serverErrorsAreRetryable() {
        server.failNext(Fault.status(500));
        ApiException internal = fails(() -> api().testConnection());
        assertTrue(internal.retryable());
        assertTrue(internal.problem().hint().contains("try again"), internal.problem().hint());

        server.failNext(Fault.status(503));
        ApiException unavailable = fails(() -> api().testConnection());
        assertTrue(unavailable.retryable());
        assertTrue(unavailable.problem().message().contains("unavailable"), unavailable.problem().message());

        server.failNext(Fault.raw(502, "text/html", "<html><body>Bad gateway</body></html>"));
        assertTrue(fails(() -> api().testConnection()).retryable());
    }

    @Test
    void aSlowServerTimesOut() {
        server.failNext(Fault.slow(Duration.ofSeconds(3)));
        long start = System.nanoTime();
        ApiException e = fails(() -> api().testConnection());
        assertTrue(e.retryable());
        assertTrue(e.problem().message().contains("did not answer"), e.problem().message());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2500);
    }

    @Test
    void aDroppedConnectionIsRetryable() {
        server.failNext(Fault.drop());
        ApiException e = fails(() -> api().testConnection());
        assertTrue(e.retryable());
        assertEquals("livekit_url", e.problem().field());
    }

    @Test
    void garbageIsNotTakenForAnAnswer() {
        server.failNext(Fault.garbage());
        ApiException e = fails(() -> api().testConnection());
        assertTrue(e.retryable());
        assertTrue(e.problem().message().contains("not a LiveKit reply"), e.problem().message());
        server.failNext(Fault.garbage());
        assertTrue(fails(() -> api().createTrunk(SipApiTest.acme())).retryable());
    }

    @Test
    void aClosedPortIsRefused() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ApiException e = fails(() -> api("http://127.0.0.1:" + port, "APIsentinel", SECRET).testConnection());
        assertTrue(e.retryable());
        assertEquals("livekit_url", e.problem().field());
        assertTrue(e.problem().message().contains("refused"), e.problem().message());
    }

    @Test
    void anUnknownHostNamesTheUrl() {
        ApiException e = fails(() -> api("wss://no-such-project.invalid", "APIsentinel", SECRET).testConnection());
        assertEquals("livekit_url", e.problem().field());
        assertTrue(e.problem().hint().contains("DNS"), e.problem().hint());
    }

    @Test
    void aTlsFailureIsNotRetried() throws Exception {
        // Something at the port that does not speak TLS (a plain http server, a proxy's error page): the handshake
        // fails the way an untrusted certificate does, with an SSLException.
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (var socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                    socket.getOutputStream().flush();
                    Thread.sleep(500);
                } catch (IOException | InterruptedException ignored) {
                    // the test is over
                }
            });
            answer.start();
            ApiException e = fails(() -> api("https://127.0.0.1:" + plain.getLocalPort(), "APIsentinel", SECRET)
                    .testConnection());
            assertEquals("livekit_url", e.problem().field());
            assertFalse(e.retryable());
            assertTrue(e.problem().message().contains("secure"), e.problem().message());
            answer.join();
        }
    }

    @Test
    void aSelfSignedCertificateIsRefused(@TempDir Path dir) throws Exception {
        try (SelfSignedHttps https = SelfSignedHttps.start(dir)) {
            ApiException e = fails(() -> api(https.url(), "APIsentinel", SECRET).testConnection());
            assertEquals("livekit_url", e.problem().field());
            assertFalse(e.retryable());
            assertTrue(e.problem().message().contains("certificate"), e.problem().message());
        }
    }

    @Test
    void notLiveKitAtAll() {
        server.failNext(Fault.raw(404, "text/html", "<html>Not found</html>"));
        ApiException e = fails(() -> api().testConnection());
        assertEquals("livekit_url", e.problem().field());
        assertFalse(e.retryable());
    }

    @Test
    void serverTextIsScrubbedOfSecrets() {
        server.failNext(Fault.raw(400, "application/json",
                "{\"code\":\"invalid_argument\",\"msg\":\"bad password " + SipApiTest.PASSWORD + " and " + SECRET
                        + "\"}"));
        ApiException e = fails(() -> api().createTrunk(SipApiTest.acme()));
        assertTrue(e.problem().message().contains("****"), e.problem().message());
    }

    @Test
    void defaultTimeoutsAreFiveAndFifteenSeconds() throws ApiException {
        assertEquals(Duration.ofSeconds(5), Timeouts.DEFAULT.connect());
        assertEquals(Duration.ofSeconds(15), Timeouts.DEFAULT.read());
        var client = new SipApi(LiveKitConnection.of(server.url(), "k", "s")).httpClient();
        assertEquals(5_000, client.connectTimeoutMillis());
        assertEquals(15_000, client.readTimeoutMillis());
        assertFalse(client.retryOnConnectionFailure(), "OkHttp must not re-send a create by itself");
        assertTrue(client.interceptors().stream().allMatch(ReplySizeLimit.class::isInstance)
                && client.networkInterceptors().isEmpty(), "no logging, only the size limit");
    }
}
