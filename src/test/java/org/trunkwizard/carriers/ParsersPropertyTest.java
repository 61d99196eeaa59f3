package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkSpec;

/** Whatever is typed or pasted, the parsers answer with a value or a problem: never an exception. */
class ParsersPropertyTest {

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> sipLike = Arbitraries.strings().withChars("sipwt:/@._-;=?pP0123456789abcST").ofMaxLength(40);
        Arbitrary<String> decorated = sipLike.map(s -> "sip:" + s + ".sip.livekit.cloud");
        return Arbitraries.oneOf(any, sipLike, decorated, Arbitraries.just(null));
    }

    @Property(tries = 2000)
    void sipUriParserNeverThrows(@ForAll("typed") String text) {
        Parsed<LiveKitSipUri> p = LiveKitSipUri.parse(text);
        assertNotNull(p);
        // Any SIP host is accepted (LiveKit on Telnyx, self-hosted), but only a bare host[:port] and never the
        // project's web host that the guide puts after sip:.
        p.value().ifPresent(uri -> assertTrue(uri.host().matches("[a-z0-9.-]+(?::\\d{1,5})?")
                && (!uri.host().endsWith("livekit.cloud") || uri.host().endsWith(".sip.livekit.cloud")), uri.host()));
    }

    @Property(tries = 2000)
    void twilioAddressNeverThrows(@ForAll("typed") String text) {
        Parsed<String> p = TwilioAddress.fromInput(text);
        p.value().ifPresent(host -> assertTrue(host.contains(".pstn.") && host.contains("twilio.com"), host));
    }

    @Property(tries = 2000)
    void idsAndOutcomesNeverThrow(@ForAll("typed") String text) {
        assertNotNull(TrunkIds.classify(text));
        TrunkIds.check("trunk_id", text);
        TelnyxRegion.ofHost(text);
        assertNotNull(CallOutcomes.explain(text, text, 0, Carrier.TWILIO));
        DispatchRuleDraft.individual(text, text).problems();
        TelnyxHeader.sync(TrunkSpec.builder().authUsername(text).build());
    }
}
