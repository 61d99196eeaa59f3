package org.trunkwizard.carriers.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;

/** The client alone: host override rules, Twilio's error shape, replies that are not Twilio's. */
class TwilioClientTest {

    static final String SID = "AC" + "0".repeat(31) + "9";
    static final Duration SHORT = Duration.ofSeconds(2);

    HttpServer raw;

    @AfterEach
    void stop() {
        if (raw != null) {
            raw.stop(0);
        }
    }

    /** A server answering every request with {@code status} and {@code body}; counts requests. */
    TwilioClient rawServer(int status, byte[] body, AtomicInteger count) throws IOException {
        raw = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        raw.createContext("/", ex -> {
            count.incrementAndGet();
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        raw.start();
        TwilioHosts hosts = TwilioHosts.resolve(Optional.of("http://127.0.0.1:" + raw.getAddress().getPort()))
                .orElseThrow();
        return new TwilioClient(new TwilioAccount(SID, SID, "token"), hosts, SHORT, SHORT);
    }

    @Test
    void theOverrideIsSchemeAndHostOnlyAndPlainHttpOnlyToThisComputer() {
        assertTrue(TwilioHosts.resolve(Optional.of("http://127.0.0.1:8080")).isPresent());
        assertTrue(TwilioHosts.resolve(Optional.of("https://proxy.example.com")).isPresent());
        assertFalse(TwilioHosts.resolve(Optional.of("http://proxy.example.com")).isPresent());
        assertFalse(TwilioHosts.resolve(Optional.of("https://proxy.example.com/v1")).isPresent());
        assertFalse(TwilioHosts.resolve(Optional.of("not a url")).isPresent());
        assertEquals(TwilioHosts.REAL, TwilioHosts.resolve(Optional.empty()).orElseThrow());
    }

    @Test
    void credentialsComeFromTheEnvironmentAndNeverPrint() {
        TwilioAccount key = TwilioAccount.fromEnv(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_API_KEY", "SKabc",
                "TWILIO_API_SECRET", "KEYSECRET-x", "TWILIO_AUTH_TOKEN", "TOKEN-y")).orElseThrow();
        assertEquals("SKabc", key.user());
        assertFalse(key.toString().contains("KEYSECRET-x"));
        assertTrue(TwilioAccount.fromEnv(Map.of("TWILIO_AUTH_TOKEN", "TOKEN-y")).isEmpty());
        assertEquals(SID, TwilioAccount.fromEnv(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "t"))
                .orElseThrow().user());
    }

    @Test
    void twiliosErrorShapeNamesTheCodeAndWhatToDo() throws IOException {
        byte[] body = "{\"code\": 20429, \"message\": \"Too Many Requests\", \"more_info\": \"https://www.twilio.com/docs/errors/20429\", \"status\": 429}"
                .getBytes(StandardCharsets.UTF_8);
        TwilioException e = assertThrows(TwilioException.class,
                () -> rawServer(429, body, new AtomicInteger()).trunks());
        assertTrue(e.retryable());
        assertTrue(e.problem().message().contains("Twilio error 20429"), e.problem().message());
        assertTrue(e.problem().hint().contains("run the same command again"), e.problem().hint());
    }

    @Test
    void aReplyThatIsNotTwiliosJsonIsAProblemNotACrash() throws IOException {
        TwilioException e = assertThrows(TwilioException.class, () -> rawServer(200,
                "<html>proxy login</html>".getBytes(StandardCharsets.UTF_8), new AtomicInteger()).trunks());
        assertTrue(e.problem().message().contains("could not be read"), e.problem().message());
    }

    @Test
    void anOversizedReplyIsCutOff() throws IOException {
        byte[] huge = new byte[(int) TwilioHttp.MAX_REPLY_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        TwilioException e = assertThrows(TwilioException.class,
                () -> rawServer(200, huge, new AtomicInteger()).trunks());
        assertTrue(e.retryable());
    }

    @Test
    void pagesAreFollowedOnTheGivenHostAndBounded() throws IOException, TwilioException {
        AtomicInteger count = new AtomicInteger();
        byte[] endless = "{\"trunks\": [], \"meta\": {\"next_page_url\": \"https://trunking.twilio.com/v1/Trunks?Page=1\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(0, rawServer(200, endless, count).trunks().size());
        assertEquals(TwilioClient.MAX_PAGES, count.get(), "each page on the local server, and no more than the bound");
    }

    @Test
    void aWrongTokenIsTwilios20003() throws TwilioException {
        try (TwilioTestServer server = TwilioTestServer.start(SID, "right-token")) {
            TwilioHosts hosts = TwilioHosts.resolve(Optional.of(server.base())).orElseThrow();
            TwilioClient wrong = new TwilioClient(new TwilioAccount(SID, SID, "wrong"), hosts, SHORT, SHORT);
            TwilioException e = assertThrows(TwilioException.class, wrong::incomingNumbers);
            assertEquals(401, e.status());
            assertTrue(e.problem().message().contains("20003"));
            TwilioClient right = new TwilioClient(new TwilioAccount(SID, SID, "right-token"), hosts, SHORT, SHORT);
            server.addNumber("+15550001111");
            assertEquals("+15550001111", right.incomingNumbers().get(0).phoneNumber());
        }
    }

    @Test
    void theServerHoldsPasswordsToTwiliosRules() throws TwilioException {
        try (TwilioTestServer server = TwilioTestServer.start(SID, "t")) {
            TwilioClient c = new TwilioClient(new TwilioAccount(SID, SID, "t"),
                    TwilioHosts.resolve(Optional.of(server.base())).orElseThrow(), SHORT, SHORT);
            String list = c.createCredentialList("x").sid();
            assertEquals(400, assertThrows(TwilioException.class,
                    () -> c.createCredential(list, "user", "alllowercase12")).status());
            assertEquals(400, assertThrows(TwilioException.class,
                    () -> c.createCredential(list, "u".repeat(33), "Good-Password-12")).status());
            assertEquals(400, assertThrows(TwilioException.class,
                    () -> c.createTrunk("t", "mine.example.com")).status());
            c.createCredential(list, "user", org.trunkwizard.validation.PasswordGenerator.generate());
        }
    }
}
