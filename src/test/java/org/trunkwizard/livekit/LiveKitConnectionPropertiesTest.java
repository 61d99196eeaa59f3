package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** Whatever is pasted, the URL mapping either refuses it with a problem or yields a base that is safe to use. */
class LiveKitConnectionPropertiesTest {

    @Property
    void anyTextIsMappedOrRefusedNeverThrownAt(@ForAll @StringLength(max = 60)
                                               @Chars({':', '/', '.', '[', ']', '@', ' ', '%', '?', '#'})
                                               @AlphaChars @NumericChars String pasted) {
        try {
            String base = LiveKitConnection.baseUrlOf(pasted);
            assertTrue(base.startsWith("https://") || base.startsWith("http://")
                    && org.trunkwizard.validation.PrivateHosts.isPrivate(java.net.URI.create(base).getHost()), base);
            assertTrue(!base.substring(base.indexOf("://") + 3).contains("/"), "no path survives: " + base);
            // Retrofit and OkHttp accept what we accept: no IllegalArgumentException later, at call time.
            new SipApi(LiveKitConnection.of(pasted, "key", "secret"));
        } catch (ApiException e) {
            assertEquals("livekit_url", e.problem().field());
        }
    }

    @Property
    void aProjectHostMapsToItsHttpsBase(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String project) {
        String expected = "https://" + project.toLowerCase(java.util.Locale.ROOT) + ".livekit.cloud";
        try {
            assertEquals(expected, LiveKitConnection.baseUrlOf("wss://" + project + ".livekit.cloud"));
            assertEquals(expected, LiveKitConnection.baseUrlOf(project + ".livekit.cloud/"));
        } catch (ApiException e) {
            throw new AssertionError(e.problem().message());
        }
    }
}
