package org.trunkwizard.carriers.telnyx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trunkwizard.carriers.telnyx.server.TelnyxTestServer;
import org.trunkwizard.validation.PasswordGenerator;

/** The Telnyx client against the Telnyx-compatible server: the pieces a setup will use (not wired to a command yet). */
class TelnyxClientTest {

    static final String KEY = "KEY-TELNYX-SENTINEL-77e1";
    static final Duration SHORT = Duration.ofSeconds(2);

    TelnyxTestServer server;
    TelnyxClient client;

    @BeforeEach
    void start() {
        server = TelnyxTestServer.start(KEY);
        client = TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, KEY, TelnyxClient.OVERRIDE_ENV, server.base()),
                SHORT, SHORT).orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void profileConnectionAndNumbersFromNothing() throws TelnyxException {
        String number = server.addNumber("+15557770001");
        TelnyxClient.Profile profile = client.createOutboundVoiceProfile("LiveKit", List.of("US", "CA"));
        String password = PasswordGenerator.generate();
        TelnyxClient.Connection c = client.createCredentialConnection("LiveKit", "lkacme", password, profile.id());
        client.assignNumber(number, c.id());
        assertEquals(profile.id(), client.connection(c.id()).outboundVoiceProfileId());
        assertEquals(c.id(), client.phoneNumbers().get(0).connectionId());
        assertEquals(List.of("LiveKit"), client.outboundVoiceProfiles().stream().map(TelnyxClient.Profile::name)
                .toList());
        assertEquals(List.of(password), server.passwords());
        client.deleteCredentialConnection(c.id());
        assertEquals("", client.phoneNumbers().get(0).connectionId());
    }

    @Test
    void everyPageIsRead() throws TelnyxException {
        for (int i = 0; i < 300; i++) {
            server.addNumber(String.format("+1555888%04d", i));
        }
        List<TelnyxClient.PhoneNumber> all = client.phoneNumbers();
        assertEquals(300, all.size());
        assertEquals("+15558880299", all.get(299).phoneNumber());
    }

    @Test
    void refusalsNameTelnyxsCodeAndTheField() {
        TelnyxException e = assertThrows(TelnyxException.class,
                () -> client.createCredentialConnection("x", "ab", "long-enough-1A", ""));
        assertEquals(422, e.status());
        assertTrue(e.problem().message().contains("Telnyx error 10002"), e.problem().message());
        assertTrue(e.problem().message().contains("/user_name"), e.problem().message());
        assertFalse(e.retryable());
    }

    @Test
    void aWrongKeyAndFaults() {
        TelnyxClient wrong = TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, "nope",
                TelnyxClient.OVERRIDE_ENV, server.base()), SHORT, SHORT).orElseThrow();
        TelnyxException auth = assertThrows(TelnyxException.class, wrong::phoneNumbers);
        assertTrue(auth.problem().hint().contains("TELNYX_API_KEY"), auth.problem().hint());
        assertFalse(auth.problem().message().contains(KEY));
        server.failNext("GET", "/v2/phone_numbers", 429);
        assertTrue(assertThrows(TelnyxException.class, client::phoneNumbers).retryable());
        server.failNext("POST", "/v2/outbound_voice_profiles", 500);
        assertTrue(assertThrows(TelnyxException.class,
                () -> client.createOutboundVoiceProfile("p", List.of("US"))).retryable());
    }

    @Test
    void theOverrideIsSchemeAndHostAndPlainHttpOnlyToThisComputer() {
        assertTrue(TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, KEY), SHORT, SHORT).isPresent());
        assertTrue(TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, KEY, TelnyxClient.OVERRIDE_ENV,
                "http://telnyx.example.com"), SHORT, SHORT).isEmpty());
        assertTrue(TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, KEY, TelnyxClient.OVERRIDE_ENV,
                "https://proxy.example.com/v2"), SHORT, SHORT).isEmpty());
        assertTrue(TelnyxClient.fromEnv(Map.of(), SHORT, SHORT).isEmpty());
    }
}
