package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

class TrunkChecksTest {

    private static final CheckOptions US = new CheckOptions("US", Optional.empty());

    static TrunkSpec.Builder goodTwilio() {
        return TrunkSpec.builder().name("  Acme outbound  ").address("sip:acme.pstn.twilio.com")
                .numbers(List.of("+1 650 253 0000")).authUsername("acme2024").authPassword("kT7-vRw2_mQx9pLz");
    }

    private static List<String> fields(CheckResult r) {
        return r.problems().stream().map(Problem::field).toList();
    }

    @Test
    void goodTrunkIsValidAndNormalized() {
        CheckResult r = TrunkChecks.check(goodTwilio().numbers(List.of("(650) 253-0000, +44 20 7946 0958"))
                .destinationCountry("us").build(), US.withCarrier(Carrier.TWILIO));
        assertEquals(List.of(), r.problems());
        assertTrue(r.valid());
        TrunkSpec n = r.normalized();
        assertEquals("Acme outbound", n.name());
        assertEquals("acme.pstn.twilio.com", n.address());
        assertEquals(List.of("+16502530000", "+442079460958"), n.numbers());
        assertEquals("US", n.destinationCountry());
        assertEquals("kT7-vRw2_mQx9pLz", n.authPassword(), "the normalized spec still carries it, to send");
    }

    @Test
    void emptyDraftListsWhatIsMissingInFieldOrder() {
        CheckResult r = TrunkChecks.check(TrunkSpec.EMPTY, US);
        assertEquals(List.of("name", "address", "numbers"), fields(r));
        assertFalse(r.valid());
    }

    @Test
    void problemsComeInTheWizardsFieldOrder() {
        TrunkSpec spec = TrunkSpec.builder().name("").address("user@host").numbers(List.of("nope"))
                .authPassword("x").destinationCountry("Narnia").header("Call-ID", "1").build();
        List<String> fields = fields(TrunkChecks.check(spec, US.withCarrier(Carrier.LIVEKIT)));
        assertEquals(List.of("carrier", "name", "address", "numbers[0]", "auth_username", "auth_password",
                "destination_country", "headers"), fields.stream().distinct().toList());
    }

    @Test
    void liveKitNumbersCannotPlaceOutboundCalls() {
        CheckResult r = TrunkChecks.check(goodTwilio().build(), US.withCarrier(Carrier.LIVEKIT));
        Problem p = r.about("carrier").get(0);
        assertTrue(p.isError());
        assertTrue(p.message().contains("inbound") || p.message().contains("receive"), p.message());
        assertTrue(p.hint().contains("Twilio") && p.hint().contains("Telnyx"), p.hint());
    }

    @Test
    void twilioRulesApplyOnlyWhenTwilioIsChosen() {
        TrunkSpec telnyxAddress = goodTwilio().address("sip.telnyx.com").build();
        assertTrue(TrunkChecks.check(telnyxAddress, US).valid());
        assertFalse(TrunkChecks.check(telnyxAddress, US.withCarrier(Carrier.TWILIO)).valid());
    }

    @Test
    void telnyxAsksForItsUsernameHeader() {
        TrunkSpec spec = goodTwilio().address("sip.telnyx.com").build();
        CheckResult r = TrunkChecks.check(spec, US.withCarrier(Carrier.TELNYX));
        assertTrue(r.valid());
        Problem w = r.about("headers").get(0);
        assertTrue(w.hint().contains("X-Telnyx-Username") && w.hint().contains("acme2024"), w.hint());
        TrunkSpec withHeader = spec.toBuilder().header("X-Telnyx-Username", "acme2024").build();
        assertEquals(List.of(), TrunkChecks.check(withHeader, US.withCarrier(Carrier.TELNYX)).problems());
        TrunkSpec otherValue = spec.toBuilder().header("x-telnyx-username", "someone").build();
        Problem mismatch = TrunkChecks.check(otherValue, US.withCarrier(Carrier.TELNYX)).about("headers").get(0);
        assertTrue(mismatch.message().contains("same value as the username"), mismatch.message());
    }

    @Test
    void guideExampleGivesItsThreeKindsOfProblem() {
        TrunkSpec guide = TrunkSpec.builder().name("Emily Outbound Trunk")
                .address("sip:core-it-voice-agent.livekit.cloud").transport(Transport.AUTO)
                .numbers(List.of("+15551234567", "+15551234568")).authUsername("livekit-user")
                .authPassword("Em1ly_Trunk_2024!Secure").build();
        CheckResult r = TrunkChecks.check(guide, US);
        assertEquals(List.of("address", "numbers[0]", "numbers[1]", "auth_password"), fields(r));
        assertEquals(List.of("auth_password"), r.errors().stream().map(Problem::field).toList());
        assertEquals("core-it-voice-agent.livekit.cloud", r.normalized().address());
        assertEquals(List.of("+15551234567", "+15551234568"), r.normalized().numbers());
    }

    @Test
    void nameIsTrimmedAndLimited() {
        assertTrue(TrunkChecks.check(goodTwilio().name("x".repeat(128)).build(), US).valid());
        Problem tooLong = TrunkChecks.check(goodTwilio().name("x".repeat(129)).build(), US).about("name").get(0);
        assertTrue(tooLong.message().contains("128"));
        assertFalse(TrunkChecks.check(goodTwilio().name("two\nlines").build(), US).valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Customer-Id", "x-acme.trace!%*_+`'~", "P-Asserted-Identity"})
    void customHeaderNamesAreAccepted(String name) {
        assertTrue(TrunkChecks.check(goodTwilio().header(name, "v 1\t2 é").build(), US).about("headers").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call-ID", "contact", "FROM", "Max-Forwards", "Content-Length", "l", "m", "t", "v",
            "i", "f", "X Customer", "X:Y", "Ünicode", ""})
    void reservedAndMalformedHeaderNamesAreRefused(String name) {
        List<Problem> p = TrunkChecks.check(goodTwilio().header(name, "1").build(), US).about("headers");
        assertTrue(p.get(0).isError(), name);
    }

    @Test
    void headerLimitsAndDeprecatedNames() {
        assertTrue(TrunkChecks.check(goodTwilio().header("X-" + "a".repeat(253), "1").build(), US).valid());
        assertFalse(TrunkChecks.check(goodTwilio().header("X-" + "a".repeat(254), "1").build(), US).valid());
        assertTrue(TrunkChecks.check(goodTwilio().header("X-A", "v".repeat(1024)).build(), US).valid());
        assertFalse(TrunkChecks.check(goodTwilio().header("X-A", "v".repeat(1025)).build(), US).valid());
        assertFalse(TrunkChecks.check(goodTwilio().header("X-A", "a\r\nInjected: 1").build(), US).valid());
        CheckResult to = TrunkChecks.check(goodTwilio().header("To", "x").build(), US);
        assertTrue(to.valid());
        assertEquals(1, to.warnings().size());
    }

    @Test
    void headersAreTrimmedInTheNormalizedTrunk() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(" X-A ", " one ");
        CheckResult r = TrunkChecks.check(goodTwilio().headers(h).build(), US);
        assertEquals(Map.of("X-A", "one"), r.normalized().headers());
    }

    @Test
    void destinationCountryIsAnIsoCode() {
        assertEquals("GB", TrunkChecks.check(goodTwilio().destinationCountry(" gb ").build(), US)
                .normalized().destinationCountry());
        for (String bad : List.of("XX", "USA", "1", "United States of Narnia")) {
            Problem p = TrunkChecks.check(goodTwilio().destinationCountry(bad).build(), US)
                    .about("destination_country").get(0);
            assertTrue(p.isError(), bad);
            assertTrue(p.hint().contains("US"), p.hint());
        }
        Problem byName = TrunkChecks.check(goodTwilio().destinationCountry("Germany").build(), US)
                .about("destination_country").get(0);
        assertTrue(byName.hint().contains("DE"), byName.hint());
        Problem uk = TrunkChecks.check(goodTwilio().destinationCountry("UK").build(), US)
                .about("destination_country").get(0);
        assertTrue(uk.hint().contains("GB"), uk.hint());
    }

    @Test
    void regionOptionChangesHowNationalNumbersAreRead() {
        TrunkSpec national = goodTwilio().numbers(List.of("020 7946 0958")).build();
        assertEquals(List.of("+442079460958"), TrunkChecks.check(national, US.withRegion("GB")).normalized().numbers());
        assertFalse(TrunkChecks.check(national, US).about("numbers[0]").isEmpty());
    }

    @Test
    void aPastedFileInEveryFieldIsStillQuick() {
        for (String unit : List.of(" ", "a", ":", " :", "1 ", "+1 650 253 0000 ", "[", "a.", "\u00e9", "@;")) {
            String huge = unit.repeat(200_000 / unit.length()); // quadratic work would take minutes here
            TrunkSpec spec = new TrunkSpec(huge, huge, Transport.TLS, List.of(huge), null, huge, huge, huge,
                    Map.of(huge, huge), huge);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(3),
                    () -> TrunkChecks.check(spec, US.withCarrier(Carrier.TELNYX)), () -> "slow on '" + unit + "'");
        }
    }

    @Test
    void nullsAreTreatedAsEmpty() {
        assertFalse(TrunkChecks.check(null, null).valid());
    }

    @Test
    void pbxExtensionAsCallerIdIsAWarningWithAnotherProvider() {
        TrunkSpec pbx = goodTwilio().address("pbx.example.com").numbers(List.of("1001")).build();
        for (CheckOptions o : List.of(US.withCarrier(Carrier.OTHER), US)) {
            CheckResult r = TrunkChecks.check(pbx, o);
            assertTrue(r.valid(), r.problems().toString());
            Problem w = r.problems().get(0);
            assertEquals("numbers[0]", w.field());
            assertTrue(w.message().contains("1001") && w.message().contains("E.164"), w.message());
            assertEquals(List.of("1001"), r.normalized().numbers(), "sent as typed");
        }
    }

    @Test
    void twilioAndTelnyxCallerIdsMustBeE164() {
        TrunkSpec twilio = goodTwilio().numbers(List.of("1001")).build();
        assertFalse(TrunkChecks.check(twilio, US.withCarrier(Carrier.TWILIO)).valid());
        assertFalse(TrunkChecks.check(twilio, US).valid(), "a Twilio address without --carrier is Twilio too");
        TrunkSpec telnyx = goodTwilio().address("sip.telnyx.com").numbers(List.of("1001")).build();
        assertFalse(TrunkChecks.check(telnyx, US.withCarrier(Carrier.TELNYX)).valid());
    }

    @Test
    void trapsAreTheWarningsThatCannotWorkAndNothingElse() {
        TrunkSpec guide = goodTwilio().address("sip:abc123.sip.livekit.cloud").numbers(List.of("+1 555 123 4567"))
                .build();
        CheckResult r = TrunkChecks.check(guide, US.withCarrier(Carrier.OTHER));
        assertTrue(r.valid(), "warnings only: LiveKit accepts it");
        assertEquals(List.of("address", "numbers[0]"), r.traps().stream().map(Problem::field).toList());
        assertTrue(r.warnings().containsAll(r.traps()));
        assertEquals(List.of(), TrunkChecks.check(goodTwilio().build(), US.withCarrier(Carrier.TWILIO)).traps());
        assertEquals(List.of(), TrunkChecks.check(goodTwilio().numbers(List.of("1001")).address("pbx.example.com")
                .build(), US).traps(), "an extension for a PBX is unusual, not a trap");
    }
}
