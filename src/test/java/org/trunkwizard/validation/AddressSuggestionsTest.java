package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;

/**
 * An address hint that says "type this instead" must offer a value the same rules accept: a newcomer who does
 * exactly what the hint says must not meet the next error (issue 12).
 */
class AddressSuggestionsTest {

    @Provide
    Arbitrary<String> uriWithUserOrParameters() {
        Arbitrary<String> scheme = Arbitraries.of("", "sip:", "SIP:", "sips:");
        Arbitrary<String> user = Arbitraries.of("", "user@", "livekit-user@", "alice:secret@");
        Arbitrary<String> host = Arbitraries.of("acme.pstn.twilio.com", "sip.telnyx.com", "pbx.example.com",
                "203.0.113.10", "acme.pstn.ashburn.twilio.com");
        Arbitrary<String> port = Arbitraries.of("", ":5060", ":5080");
        Arbitrary<String> params = Arbitraries.of("", ";transport=tcp", ";transport=TLS", ";lr", "?x=y",
                ";transport=udp;lr");
        return Combinators.combine(scheme, user, host, port, params).as((s, u, h, p, q) -> s + u + h + p + q)
                .filter(a -> a.contains("@") || a.contains(";") || a.contains("?"));
    }

    @Property(tries = 300)
    void aSuggestedAddressPassesTheRulesItFixes(@ForAll("uriWithUserOrParameters") String typed) {
        for (Optional<Carrier> carrier : List.of(Optional.<Carrier>empty(), Optional.of(Carrier.OTHER))) {
            AddressCheck first = SipAddress.check(typed, Transport.AUTO, carrier);
            Optional<String> suggested = first.suggestion();
            assertTrue(suggested.isPresent(), "a fix is offered for " + typed + ": " + first.problems());
            assertTrue(first.problems().stream().anyMatch(p -> p.hint().contains(suggested.get())),
                    "the hint shows the suggestion " + suggested.get() + ": " + first.problems());
            AddressCheck second = SipAddress.check(suggested.get(), Transport.AUTO, carrier);
            assertTrue(second.problems().stream().noneMatch(Problem::isError),
                    typed + " -> " + suggested.get() + " still has errors: " + second.problems());
        }
    }

    @Test
    void theIssuesExampleGetsAHostWithoutTheTransportSetting() {
        AddressCheck c = SipAddress.check("user@acme.pstn.twilio.com;transport=tcp", Transport.AUTO,
                Optional.of(Carrier.TWILIO));
        assertEquals(Optional.of("acme.pstn.twilio.com"), c.suggestion());
        assertTrue(c.problems().get(0).hint().contains("TCP"), "the transport moves to its setting: " + c.problems());
    }

    @Test
    void aLiveKitAddressWithTwilioIsOneErrorNotAnErrorAndAWarningSayingTheSame() {
        AddressCheck c = SipAddress.check("sip:my-project.sip.livekit.cloud", Transport.AUTO,
                Optional.of(Carrier.TWILIO));
        assertEquals(1, c.problems().size(), c.problems().toString());
        Problem only = c.problems().get(0);
        assertTrue(only.isError(), only.toString());
        assertTrue(only.message().contains("LiveKit address"), "it says why: " + only.message());
        assertTrue(only.hint().contains("pstn.twilio.com"), "and what to type: " + only.hint());
    }
}
