package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LiveKitConnectionTest {

    @ParameterizedTest
    @CsvSource({
            "wss://acme.livekit.cloud, https://acme.livekit.cloud",
            "wss://acme.livekit.cloud/, https://acme.livekit.cloud",
            "https://Acme.LiveKit.cloud/projects/p_1/settings, https://acme.livekit.cloud",
            "acme.livekit.cloud, https://acme.livekit.cloud",
            "'  acme.livekit.cloud  ', https://acme.livekit.cloud",
            "https://lk.example.com:7880, https://lk.example.com:7880",
            "ws://localhost:7880, http://localhost:7880",
            "http://127.0.0.1:7880, http://127.0.0.1:7880",
            "http://[::1]:7880, http://[::1]:7880",
            "http://livekit:7880, http://livekit:7880",
            "ws://10.0.0.5:7880, http://10.0.0.5:7880",
            "http://192.168.1.10:7880, http://192.168.1.10:7880",
            "http://lk.local, http://lk.local",
            "http://[fd12:3456::1]:7880, http://[fd12:3456::1]:7880",
    })
    void mapsWhatUsersPaste(String pasted, String base) throws ApiException {
        assertEquals(base, LiveKitConnection.baseUrlOf(pasted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.livekit.cloud", "http://localhost.evil.com", "ws://8.8.8.8:7880",
            "http://lk.example.com:7880", "http://nyc1.livekit-telnyx.com", "http://192.169.1.10"})
    void refusesPlainHttpToOtherComputers(String pasted) {
        ApiException e = assertThrows(ApiException.class, () -> LiveKitConnection.baseUrlOf(pasted));
        assertEquals("livekit_url", e.problem().field());
        assertTrue(e.problem().hint().contains("https://"), e.problem().hint());
        assertFalse(e.retryable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://acme.livekit.cloud", "https://", "wss://bad host", "acme.livekit.cloud:0"})
    void refusesWhatIsNoUrl(String pasted) {
        ApiException e = assertThrows(ApiException.class, () -> LiveKitConnection.baseUrlOf(pasted));
        assertEquals("livekit_url", e.problem().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://livekit:7880", "ws://10.0.0.5:7880", "http://lk.local"})
    void plainHttpOnAPrivateNetworkIsAWarningThatRequestsTravelUnencrypted(String pasted) {
        var problems = LiveKitConnection.check(pasted, "devkey", "secret");
        assertEquals(1, problems.size(), problems.toString());
        assertFalse(problems.get(0).isError());
        assertEquals("livekit_url", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("unencrypted"), problems.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss://acme.livekit.cloud", "http://localhost:7880", "https://nyc1.livekit-telnyx.com"})
    void secureOrLoopbackUrlsAndAnyKeyShapeHaveNothingToSay(String pasted) {
        assertEquals(java.util.List.of(), LiveKitConnection.check(pasted, "KEYfromTelnyx_123", "secret"));
    }

    @Test
    void keyAndSecretAreRequiredAndTheSecretStaysHidden() throws ApiException {
        assertEquals("api_key",
                assertThrows(ApiException.class, () -> LiveKitConnection.of("acme.livekit.cloud", " ", "s"))
                        .problem().field());
        assertEquals("api_secret",
                assertThrows(ApiException.class, () -> LiveKitConnection.of("acme.livekit.cloud", "k", ""))
                        .problem().field());
        LiveKitConnection c = LiveKitConnection.of("acme.livekit.cloud", "APIkey", "very-secret-value");
        assertFalse(c.toString().contains("very-secret-value"));
        assertTrue(c.toString().contains("APIkey"));
    }

    /**
     * A user:password in the URL is not how LiveKit authenticates: refused, as profile save refuses it, instead of
     * being dropped without a word, and never repeated back in any message (it may be a real password).
     */
    @ParameterizedTest
    @ValueSource(strings = {"https://admin:hunter2secret@my-project.livekit.cloud",
            "wss://hunter2secret@my-project.livekit.cloud", "https://admin:hunter2secret@bad host.example"})
    void aUrlWithUserInfoIsRefusedWithoutRepeatingIt(String pasted) {
        ApiException e = assertThrows(ApiException.class, () -> LiveKitConnection.baseUrlOf(pasted));
        assertEquals("livekit_url", e.problem().field());
        String shown = e.problem().message() + " " + e.problem().hint() + " " + e.getMessage();
        assertFalse(shown.contains("hunter2secret"), shown);
    }
}
