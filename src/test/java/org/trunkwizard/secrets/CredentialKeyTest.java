package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CredentialKeyTest {

    @Test
    void accountNamesSayWhatTheyHold() {
        assertEquals("livekit:my-project.livekit.cloud:APIabc", CredentialKey.livekit("My-Project.LiveKit.cloud", "APIabc").account());
        assertEquals("trunk:my-project.livekit.cloud:ST_x1", CredentialKey.trunk("my-project.livekit.cloud", "ST_x1").account());
        assertEquals("Trunk Wizard", CredentialKey.SERVICE);
    }

    @Test
    void partsThatWouldMakeTheNameAmbiguousAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CredentialKey.livekit("host:7880", "APIabc"));
        assertThrows(IllegalArgumentException.class, () -> CredentialKey.livekit("host", "API abc"));
        assertThrows(IllegalArgumentException.class, () -> CredentialKey.livekit("", "APIabc"));
    }

    @Test
    void onlyOurOwnAccountNamesParse() {
        assertEquals(Optional.empty(), CredentialKey.parse("probe:1234"));
        assertEquals(Optional.empty(), CredentialKey.parse("livekit:host"));
        assertEquals(Optional.empty(), CredentialKey.parse("sip:host:id"));
        assertEquals(Optional.of(CredentialKey.trunk("h", "ST_1")), CredentialKey.parse("trunk:h:ST_1"));
        // carrier login's keys are ours since carrier API secrets are kept too.
        assertEquals(Optional.of(new CredentialKey(CredentialKind.CARRIER, "api.telnyx.com", "api-key")),
                CredentialKey.parse("carrier:api.telnyx.com:api-key"));
    }

    @Property
    void parsingAnAccountNameGivesTheKeyBack(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 30) String host,
                                             @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 30) String id) {
        CredentialKey key = CredentialKey.livekit(host, id);
        assertEquals(Optional.of(key), CredentialKey.parse(key.account()));
    }
}
