package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trunkwizard.validation.Problem;

class LiveKitSipUriTest {

    @ParameterizedTest
    @ValueSource(strings = {"sip:abc123.sip.livekit.cloud", "abc123.sip.livekit.cloud", "p_abc123",
            "  SIP:ABC123.sip.livekit.cloud  ", "sips:abc123.sip.livekit.cloud", "abc123.sip.livekit.cloud:5060",
            "sip:abc123.sip.livekit.cloud;transport=tcp", "P_ABC123", "abc123.sip.livekit.cloud."})
    void everyFormGivesTheSameHostAndUri(String typed) {
        Parsed<LiveKitSipUri> parsed = LiveKitSipUri.parse(typed);
        assertTrue(parsed.isOk(), () -> typed + ": " + parsed.problem());
        LiveKitSipUri uri = parsed.value().orElseThrow();
        assertEquals("abc123.sip.livekit.cloud", uri.host());
        assertEquals("sip:abc123.sip.livekit.cloud", uri.sipUri());
    }

    @ParameterizedTest
    @CsvSource({
            "sip:nyc1.sip.livekit-telnyx.com, nyc1.sip.livekit-telnyx.com",
            "syd1.sip.livekit-telnyx.com:5060, syd1.sip.livekit-telnyx.com",
            "sip:sip.example.com, sip.example.com",
            "sip.example.com:5080, sip.example.com:5080",
            "sip:192.168.1.20, 192.168.1.20",
            "livekit-sip, livekit-sip",
    })
    void anySipHostThatIsNotACarriersIsAccepted(String typed, String host) {
        Parsed<LiveKitSipUri> parsed = LiveKitSipUri.parse(typed);
        assertTrue(parsed.isOk(), () -> typed + ": " + parsed.problem());
        assertEquals(host, parsed.value().orElseThrow().host());
        assertEquals("sip:" + host, parsed.value().orElseThrow().sipUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss://x.livekit.cloud", "WSS://acme-voice.livekit.cloud/", "https://x.livekit.cloud",
            "ws://localhost:7880"})
    void webUrlsAreRefusedWithAnExplanation(String typed) {
        Problem p = LiveKitSipUri.parse(typed).problem().orElseThrow();
        assertTrue(p.isError());
        assertEquals(LiveKitSipUri.FIELD, p.field());
        assertTrue(p.message().contains("wss://"), p.message());
        assertTrue(p.message().contains("cannot be worked out"), p.message());
        assertTrue(p.hint().contains("Settings"), p.hint());
    }

    @Test
    void theGuidesProjectHostFormIsRefused() {
        Problem p = LiveKitSipUri.parse("sip:core-it-voice-agent.livekit.cloud").problem().orElseThrow();
        assertTrue(p.message().contains(".sip.livekit.cloud"), p.message());
    }

    @Test
    void aCarrierAddressIsNotTakenForLiveKitsUri() {
        Problem p = LiveKitSipUri.parse("sip:acme.pstn.twilio.com").problem().orElseThrow();
        assertTrue(p.message().contains("carrier"), p.message());
        assertFalse(LiveKitSipUri.parse("sip.telnyx.com").isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "p_", "p_ab c", "a.b.sip.livekit.cloud", ".sip.livekit.cloud", "bad host",
            "exa_mple.com", "host:99999"})
    void junkIsRefused(String typed) {
        assertFalse(LiveKitSipUri.parse(typed).isOk());
    }

    @Test
    void nullIsAnEmptyFieldNotACrash() {
        assertTrue(LiveKitSipUri.parse(null).problem().orElseThrow().message().contains("empty"));
    }
}
