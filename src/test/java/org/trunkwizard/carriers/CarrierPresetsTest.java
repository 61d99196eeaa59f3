package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

class CarrierPresetsTest {

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void everyPresetHasWordsAndStartsSimple(Carrier carrier) {
        CarrierPreset p = CarrierPresets.of(carrier);
        assertFalse(p.displayName().contains("!"), p.displayName());
        assertFalse(p.hint().contains("!") || p.hint().isBlank(), p.hint());
        assertTrue(p.suggestedName().endsWith(" outbound"), p.suggestedName());
        assertEquals(Transport.AUTO, p.transport());
        assertEquals(MediaEncryption.DISABLED, p.mediaEncryption());
    }

    @Test
    void twilioSuggestsItsNameAndLeavesTheAddressToTheUser() {
        TrunkSpec s = CarrierPresets.apply(Carrier.TWILIO, TrunkSpec.EMPTY);
        assertEquals("Twilio outbound", s.name());
        assertEquals("", s.address());
        assertTrue(CarrierPresets.of(Carrier.TWILIO).hint().contains("TLS"));
    }

    @Test
    void telnyxFillsItsProxyAndTheHeader() {
        TrunkSpec s = CarrierPresets.apply(Carrier.TELNYX, TrunkSpec.builder().authUsername("acmeuser").build());
        assertEquals("Telnyx outbound", s.name());
        assertEquals("sip.telnyx.com", s.address());
        assertEquals("acmeuser", s.headers().get(TelnyxHeader.NAME));
    }

    @Test
    void switchingCarriersReplacesOnlyWhatThePresetFilled() {
        TrunkSpec telnyx = CarrierPresets.apply(Carrier.TELNYX, TrunkSpec.builder().authUsername("u").build());
        TrunkSpec twilio = CarrierPresets.apply(Carrier.TWILIO, telnyx);
        assertEquals("Twilio outbound", twilio.name());
        assertEquals("", twilio.address());
        assertFalse(twilio.headers().containsKey(TelnyxHeader.NAME));
        assertEquals("u", twilio.authUsername());

        TrunkSpec typed = TrunkSpec.builder().name("Emily Outbound Trunk").address("sip.example.net").build();
        TrunkSpec other = CarrierPresets.apply(Carrier.OTHER, typed);
        assertEquals("Emily Outbound Trunk", other.name());
        assertEquals("sip.example.net", other.address());
    }

    @Test
    void aFileKeepsWhatItSaysWhereTheFormWouldTakeBackAnEarlierChoice() {
        TrunkSpec file = TrunkSpec.builder().name("Telnyx outbound").address("sip.telnyx.com").authUsername("u1")
                .headers(java.util.Map.of("X-Telnyx-Username", "u1")).build();
        TrunkSpec filled = CarrierPresets.fillIn(Carrier.TWILIO, file);
        assertEquals(file, filled, "nothing the file says is undone");
        TrunkSpec form = CarrierPresets.apply(Carrier.TWILIO, file);
        assertEquals("", form.address());
        assertEquals("Twilio outbound", form.name());
        assertTrue(form.headers().isEmpty());
        TrunkSpec empty = CarrierPresets.fillIn(Carrier.TELNYX, TrunkSpec.builder().authUsername("acme").build());
        assertEquals("sip.telnyx.com", empty.address());
        assertEquals("acme", empty.headers().get("X-Telnyx-Username"));
        TrunkSpec headerOnly = TrunkSpec.builder().address("sip.telnyx.com")
                .headers(java.util.Map.of("X-Telnyx-Username", "typed")).build();
        assertEquals(headerOnly.headers(), CarrierPresets.fillIn(Carrier.TELNYX, headerOnly).headers(),
                "no username: the file's header stays");
    }

    @Test
    void liveKitNumbersCannotPlaceCallsAndShowNoTrunkFields() {
        CarrierPreset p = CarrierPresets.of(Carrier.LIVEKIT);
        assertFalse(p.placesOutboundCalls());
        assertFalse(p.isRelevant("address"));
        assertTrue(CarrierPresets.of(Carrier.OTHER).isRelevant("headers"));
        assertFalse(CarrierPresets.of(Carrier.TWILIO).isRelevant("headers"));
    }

    @Test
    void telnyxRegionsKnowTheirHosts() {
        assertEquals(TelnyxRegion.EUROPE, TelnyxRegion.ofHost("sip:SIP.TELNYX.EU:5060").orElseThrow());
        assertEquals("Europe (sip.telnyx.eu)", TelnyxRegion.EUROPE.label());
        assertTrue(TelnyxRegion.ofHost("acme.pstn.twilio.com").isEmpty());
    }
}
