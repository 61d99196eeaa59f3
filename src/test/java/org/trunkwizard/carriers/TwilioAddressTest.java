package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trunkwizard.validation.Problem;

class TwilioAddressTest {

    @ParameterizedTest
    @CsvSource({
        "acme, acme.pstn.twilio.com",
        "Acme, acme.pstn.twilio.com",
        "sip:acme.pstn.twilio.com, acme.pstn.twilio.com",
        "acme.pstn.twilio.com, acme.pstn.twilio.com",
        "sip:acme.pstn.twilio.com:5060, acme.pstn.twilio.com",
        "acme.pstn.twilio.com:5061, acme.pstn.twilio.com:5061",
        "acme.pstn.ashburn.twilio.com, acme.pstn.ashburn.twilio.com",
        "'  my-trunk-2 ', my-trunk-2.pstn.twilio.com"})
    void buildsTheTerminationHost(String typed, String expected) {
        assertEquals(expected, TwilioAddress.fromInput(typed).value().orElseThrow());
    }

    @Test
    void aProgrammableVoiceSipDomainIsExplained() {
        Problem p = TwilioAddress.fromInput("acme.sip.twilio.com").problem().orElseThrow();
        assertEquals("address", p.field());
        assertTrue(p.message().contains("Programmable Voice"), p.message());
    }

    @Test
    void aNameWithSpacesGetsASuggestion() {
        Problem p = TwilioAddress.fromInput("Acme Corp!").problem().orElseThrow();
        assertTrue(p.message().contains("letters, digits and hyphens, for example acme-corp"), p.message());
        assertEquals("acme-corp", TwilioAddress.suggestPrefix("Acme Corp!"));
    }

    @Test
    void otherHostsAndEmptyInputAreRefused() {
        assertFalse(TwilioAddress.fromInput("sip.telnyx.com").isOk());
        assertFalse(TwilioAddress.fromInput("https://acme.pstn.twilio.com").isOk());
        assertFalse(TwilioAddress.fromInput("").isOk());
        assertFalse(TwilioAddress.fromInput("acme.pstn.twilio.com:abc").isOk());
    }

    @Test
    void prefixIsTheFirstLabel() {
        assertEquals("acme", TwilioAddress.prefixOf("acme.pstn.twilio.com"));
    }
}
