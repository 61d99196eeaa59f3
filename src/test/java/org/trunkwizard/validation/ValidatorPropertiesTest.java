package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

/** Whatever is typed, nothing throws; and what we send, read again, stays the same. */
class ValidatorPropertiesTest {

    /** Any text at all: every code point class, control characters, lone surrogates, sometimes very long. */
    @Provide
    Arbitrary<String> anything() {
        Arbitrary<String> wild = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> sipish = Arbitraries.strings().withChars("sip:@;[]:.+-_()0123456789 aA\t\n,é\u0000\uFFFF")
                .ofMaxLength(80);
        Arbitrary<String> huge = Arbitraries.strings().withChars("+1 2345678,;:.[]a").ofMinLength(5_000)
                .ofMaxLength(60_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, wild), net.jqwik.api.Tuple.of(6, sipish), net.jqwik.api.Tuple.of(1, huge));
    }

    @Provide
    Arbitrary<Optional<Carrier>> carriers() {
        return Arbitraries.of(Carrier.class).optional();
    }

    @Property(tries = 400)
    void addressNeverThrows(@ForAll("anything") String raw, @ForAll Transport t,
                            @ForAll("carriers") Optional<Carrier> c) {
        AddressCheck check = SipAddress.check(raw, t, c);
        assertNotNull(check.normalized());
    }

    @Property(tries = 400)
    void numbersNeverThrow(@ForAll("anything") String raw, @ForAll("regions") String region) {
        for (NumberEntry e : PhoneNumbers.parse(raw, region)) {
            assertEquals(e.status() == NumberStatus.VALID, e.problem() == null);
            assertEquals(e.status() == NumberStatus.INVALID, e.e164().isEmpty());
        }
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.oneOf(Arbitraries.of("US", "GB", "DE", "IN", "ZZ", "", "xx", "001"),
                Arbitraries.strings().ofMaxLength(4));
    }

    @Property(tries = 400)
    void passwordChecksNeverThrowAndNeverRepeatThePassword(@ForAll("anything") String user,
                                                          @ForAll @StringLength(min = 6, max = 300) String pass,
                                                          @ForAll("carriers") Optional<Carrier> c) {
        int strength = PasswordPolicy.strength(pass);
        assertTrue(strength >= 0 && strength <= 4);
        for (Problem p : PasswordPolicy.check(user, pass, c)) {
            assertFalse(pass.strip().length() >= 6 && (p.message() + p.hint()).contains(pass.strip()),
                    "a message repeated the password");
        }
    }

    @Property(tries = 300)
    void trunkChecksNeverThrow(@ForAll("anything") String name, @ForAll("anything") String address,
                               @ForAll List<@StringLength(max = 40) String> numbers, @ForAll("anything") String user,
                               @ForAll("anything") String pass, @ForAll("anything") String country,
                               @ForAll Map<@StringLength(max = 30) String, @StringLength(max = 40) String> headers,
                               @ForAll Transport t, @ForAll MediaEncryption m, @ForAll("regions") String region,
                               @ForAll("carriers") Optional<Carrier> c) {
        TrunkSpec spec = new TrunkSpec(name, address, t, numbers, m, user, pass, country, headers, "");
        CheckResult r = TrunkChecks.check(spec, new CheckOptions(region, c));
        assertNotNull(r.normalized());
        assertEquals(r.valid(), r.errors().isEmpty());
    }

    @Property(tries = 300)
    void checkingTheNormalizedTrunkChangesNothingMore(@ForAll("plausibleAddresses") String address,
                                                       @ForAll List<@StringLength(max = 24) String> numbers,
                                                       @ForAll("anything") String name,
                                                       @ForAll @StringLength(max = 4) String country,
                                                       @ForAll("regions") String region) {
        TrunkSpec spec = TrunkSpec.builder().name(name).address(address).numbers(numbers)
                .destinationCountry(country).header(" X-A ", " b ").build();
        CheckOptions options = new CheckOptions(region, Optional.empty());
        TrunkSpec once = TrunkChecks.check(spec, options).normalized();
        assertEquals(once, TrunkChecks.check(once, options).normalized());
    }

    @Provide
    Arbitrary<String> plausibleAddresses() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l));
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 300).list().ofSize(4)
                .map(l -> String.join(".", l.stream().map(String::valueOf).toList()));
        Arbitrary<String> ipv6 = Arbitraries.of("[2001:db8::1]", "[::1]", "[FE80::A:b]", "2001:DB8::2", "[::]");
        Arbitrary<String> where = Arbitraries.oneOf(host, ipv4, ipv6);
        Arbitrary<String> scheme = Arbitraries.of("", "sip:", "SIP:", "sips:", " sip: ", "<sip:");
        Arbitrary<String> port = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(0, 70000).map(p -> ":" + p));
        Arbitrary<String> space = Arbitraries.of("", " ", "\t", "  ");
        return Combinators.combine(space, scheme, where, port, space)
                .as((a, s, w, p, b) -> a + s + w + p + (s.startsWith("<") ? ">" : "") + b);
    }

    @Property(tries = 1000)
    void normalizingANormalizedAddressGivesItself(@ForAll("plausibleAddresses") String raw, @ForAll Transport t,
                                                  @ForAll("carriers") Optional<Carrier> c) {
        AddressCheck first = SipAddress.check(raw, t, c);
        if (!first.hasErrors()) {
            AddressCheck second = SipAddress.check(first.normalized(), t, c);
            assertEquals(first.normalized(), second.normalized());
            assertEquals(first.problems().stream().filter(p -> !p.message().startsWith("sips:")).toList(),
                    second.problems(), "the same warnings, except the one about the sips: prefix now gone");
            assertFalse(first.normalized().contains(":") && first.normalized().toLowerCase().startsWith("sip"),
                    "no scheme left: " + first.normalized());
        }
    }

    @Property(tries = 300)
    void normalizingNumbersIsIdempotent(@ForAll @UniqueElements List<@StringLength(min = 1, max = 18) String> raw,
                                        @ForAll("regions") String region) {
        List<String> once = PhoneNumbers.normalized(PhoneNumbers.parse(raw, region));
        List<String> twice = PhoneNumbers.normalized(PhoneNumbers.parse(once, region));
        List<String> parsedOnce = once.stream().filter(s -> s.startsWith("+")).toList();
        assertEquals(parsedOnce, twice.stream().filter(s -> s.startsWith("+")).toList());
    }

    @Property(tries = 200)
    void generatedPasswordsAlwaysPass(@ForAll("carriers") Optional<Carrier> c) {
        assertEquals(List.of(), PasswordPolicy.check("acme2024", PasswordGenerator.generate(), c));
    }
}
