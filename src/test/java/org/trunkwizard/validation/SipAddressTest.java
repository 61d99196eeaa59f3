package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;

class SipAddressTest {

    private static AddressCheck check(String raw) {
        return SipAddress.check(raw, Transport.AUTO, Optional.empty());
    }

    private static List<Problem> errors(AddressCheck c) {
        return c.problems().stream().filter(Problem::isError).toList();
    }

    private static List<Problem> warnings(AddressCheck c) {
        return c.problems().stream().filter(p -> !p.isError()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "acme.pstn.twilio.com | acme.pstn.twilio.com",
            "sip:acme.pstn.twilio.com | acme.pstn.twilio.com",
            "SIP:Acme.PSTN.Twilio.com | acme.pstn.twilio.com",
            "'  sip: sip.telnyx.com  ' | sip.telnyx.com",
            "sip.telnyx.com:5060 | sip.telnyx.com:5060",
            "'sip : sip.telnyx.com : 5060 ' | sip.telnyx.com:5060",
            "<sip:sip.telnyx.com:5080> | sip.telnyx.com:5080",
            "sip.example.com. | sip.example.com",
            "203.0.113.10 | 203.0.113.10",
            "sip:203.0.113.10:5060 | 203.0.113.10:5060",
            "[2001:DB8::1]:5060 | [2001:db8::1]:5060",
            "sip:[2001:db8::1] | [2001:db8::1]",
            "2001:db8::1 | [2001:db8::1]",
            "bücher.example | xn--bcher-kva.example",
            "sip:localhost:65535 | localhost:65535",
    })
    void acceptsWhatPeoplePasteAndSendsABareHost(String typed, String sent) {
        AddressCheck c = check(typed);
        assertEquals(List.of(), errors(c));
        assertEquals(sent, c.normalized());
    }

    @Test
    void guideExampleAddressIsLiveKitsOwnAndEarnsAWarningNotAnError() {
        AddressCheck c = check("sip:core-it-voice-agent.livekit.cloud");
        assertEquals("core-it-voice-agent.livekit.cloud", c.normalized());
        assertEquals(List.of(), errors(c));
        Problem w = warnings(c).get(0);
        assertEquals("address", w.field());
        assertTrue(w.message().contains("core-it-voice-agent.livekit.cloud"), w.message());
        assertTrue(w.message().contains("inbound"), w.message());
        assertTrue(w.hint().contains("acme.pstn.twilio.com") && w.hint().contains("sip.telnyx.com"), w.hint());
    }

    @Test
    void guideTwilioVariantWithPortIsAlsoLiveKitsAddress() {
        AddressCheck c = check("sip:your-project.livekit.cloud:5060");
        assertEquals("your-project.livekit.cloud:5060", c.normalized());
        assertEquals(1, warnings(c).size());
        assertFalse(c.hasErrors());
    }

    @Test
    void projectSipEndpointIsRecognisedToo() {
        assertEquals(1, warnings(check("abc123.sip.livekit.cloud")).size());
        assertTrue(warnings(check("livekit.cloud.example.com")).isEmpty(), "only *.livekit.cloud is LiveKit's");
    }

    @Test
    void liveKitWarningNamesTheChosenCarriersAddress() {
        Problem twilio = SipAddress.check("x.livekit.cloud", Transport.AUTO, Optional.of(Carrier.TWILIO))
                .problems().get(0);
        assertTrue(twilio.hint().contains("Termination"), twilio.hint());
        Problem telnyx = SipAddress.check("x.livekit.cloud", Transport.AUTO, Optional.of(Carrier.TELNYX))
                .problems().get(0);
        assertTrue(telnyx.hint().contains("sip.telnyx.com"), telnyx.hint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"host:0", "host:65536", "host:70000", "host:", "host:abc", "host:-1", "host:5060x",
            "[2001:db8::1]:99999", "host:123456"})
    void refusesPortsOutsideTheRange(String typed) {
        Problem e = errors(check(typed)).get(0);
        assertTrue(e.hint().contains("1 to 65535"), e.hint());
    }

    @Test
    void refusesUserAtHostAndShowsWhatToKeepWithoutRepeatingTheUserPart() {
        AddressCheck c = check("sip:alice:hunter2@acme.pstn.twilio.com");
        Problem e = errors(c).get(0);
        assertTrue(e.hint().contains("acme.pstn.twilio.com"), e.hint());
        assertFalse(e.message().contains("hunter2") || e.hint().contains("hunter2"), "may hold a password");
    }

    @Test
    void transportParameterPointsToTheTransportSetting() {
        Problem e = errors(check("sip:acme.pstn.twilio.com;transport=tcp")).get(0);
        assertTrue(e.message().contains(";transport=tcp"), e.message());
        assertTrue(e.hint().contains("TCP") && e.hint().contains("Transport"), e.hint());
        assertTrue(check("acme.pstn.twilio.com;lr").hasErrors());
        assertTrue(check("acme.pstn.twilio.com?x=y").hasErrors());
    }

    @Test
    void webAddressesAreRefusedAndTheLiveKitUrlIsRecognised() {
        Problem web = errors(check("https://sip.example.com")).get(0);
        assertTrue(web.message().contains("starts with https://"), web.message());
        Problem lk = errors(check("wss://my-project.livekit.cloud")).get(0);
        assertTrue(lk.hint().contains("LiveKit project"), lk.hint());
        assertTrue(check("tel:+16502530000").hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme_trunk.example.com", "-acme.example.com", "acme-.example.com", "acme..example.com",
            ".example.com", "acme.example.com..", "exa mple.com", "1.2.3.400", "1.2.3", "[2001:db8::1",
            "[not:an:ip]:5060", "[2001:db8::1]5060", "2001:db8:::1:z", "a$b.com"})
    void refusesWhatCannotBeAHost(String typed) {
        AddressCheck c = check(typed);
        assertTrue(c.hasErrors(), () -> typed + " -> " + c);
        assertEquals(typed.strip(), c.normalized(), "nothing sensible to send: the typed text stays");
    }

    @Test
    void labelsLongerThan63AreRefused() {
        assertTrue(check("a".repeat(64) + ".example.com").hasErrors());
        assertFalse(check("a".repeat(63) + ".example.com").hasErrors());
    }

    @Test
    void emptyAddressIsRequired() {
        assertEquals("address", errors(check("  ")).get(0).field());
        assertTrue(check("sip:").hasErrors());
        assertTrue(check(null).hasErrors());
    }

    @Test
    void tlsPortWithoutTlsTransportWarnsAndTheReverseToo() {
        AddressCheck udp = SipAddress.check("sip.example.com:5061", Transport.UDP, Optional.empty());
        assertTrue(warnings(udp).get(0).hint().contains("TLS"));
        assertTrue(SipAddress.check("sip.example.com:5061", Transport.TLS, Optional.empty()).problems().isEmpty());
        assertEquals(1, warnings(SipAddress.check("sip.example.com:5060", Transport.TLS, Optional.empty())).size());
        assertEquals(1, warnings(SipAddress.check("sips:sip.example.com", Transport.TCP, Optional.empty())).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.pstn.twilio.com", "acme-prod.pstn.twilio.com", "acme.pstn.ashburn.twilio.com",
            "acme.pstn.sao-paulo.twilio.com", "ACME.pstn.Frankfurt.twilio.com", "sip:acme.pstn.twilio.com:5060"})
    void twilioAcceptsTerminationUris(String typed) {
        assertFalse(SipAddress.check(typed, Transport.AUTO, Optional.of(Carrier.TWILIO)).hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip.telnyx.com", "pstn.twilio.com", "acme.twilio.com", "acme.sip.twilio.com"})
    void twilioRefusesOtherHosts(String typed) {
        Problem e = errors(SipAddress.check(typed, Transport.AUTO, Optional.of(Carrier.TWILIO))).get(0);
        assertTrue(e.message().contains(".pstn.twilio.com"), e.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip.telnyx.com", "sip.telnyx.eu", "sip.telnyx.com.au", "sip.telnyx.ca",
            "sip:sip.telnyx.com:5060"})
    void telnyxAcceptsItsProxies(String typed) {
        assertFalse(SipAddress.check(typed, Transport.AUTO, Optional.of(Carrier.TELNYX)).hasErrors());
    }

    @Test
    void telnyxRefusesSubdomainsAndOtherHosts() {
        Problem sub = errors(SipAddress.check("acme.sip.telnyx.com", Transport.AUTO, Optional.of(Carrier.TELNYX)))
                .get(0);
        assertTrue(sub.message().contains("nothing in front"), sub.message());
        assertTrue(SipAddress.check("acme.pstn.twilio.com", Transport.AUTO, Optional.of(Carrier.TELNYX)).hasErrors());
    }

    @Test
    void otherCarrierHasNoHostRule() {
        assertFalse(SipAddress.check("sip.example.net", Transport.AUTO, Optional.of(Carrier.OTHER)).hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.76.120.10", "192.76.120.10:5060", "sip:64.16.250.10:5061"})
    void telnyxSignallingIpIsAWarningAtMost(String typed) {
        AddressCheck c = SipAddress.check(typed, Transport.TLS, Optional.of(Carrier.TELNYX));
        assertFalse(c.hasErrors(), c.problems().toString());
        assertTrue(warnings(c).stream().anyMatch(w -> w.hint().contains("sip.telnyx.com")), c.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nyc1.sip.livekit-telnyx.com", "sip:syd1.sip.livekit-telnyx.com:5060"})
    void liveKitOnTelnyxSipHostIsTheProjectsOwnAddressToo(String typed) {
        Problem w = warnings(SipAddress.check(typed, Transport.AUTO, Optional.empty())).get(0);
        assertTrue(w.message().contains("livekit-telnyx.com") && w.message().contains("inbound"), w.message());
    }
}
