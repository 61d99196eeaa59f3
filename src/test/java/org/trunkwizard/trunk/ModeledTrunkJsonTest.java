package org.trunkwizard.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A trunk with only the fields the wizard edits is written without protobuf; what a user sees (validate, export,
 * the review page) is exactly what protobuf's JsonFormat printed before, whatever the fields hold.
 */
class ModeledTrunkJsonTest {

    @Provide
    Arbitrary<TrunkSpec> trunks() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("aZ09 <>&'=\"\\\n\t\u2028é😀+-.:@").ofMaxLength(12),
                Arbitraries.just(""));
        Arbitrary<List<String>> numbers = text.list().ofMaxSize(3);
        Arbitrary<Map<String, String>> headers = Arbitraries.maps(text, text).ofMaxSize(3);
        Arbitrary<TrunkSpec> names = Combinators.combine(text, text, text, text, numbers)
                .as((name, address, metadata, country, n) -> TrunkSpec.builder().name(name).address(address)
                        .metadata(metadata).destinationCountry(country).numbers(n).build());
        return Combinators.combine(names, text, text, headers, Arbitraries.of(Transport.class),
                        Arbitraries.of(MediaEncryption.class))
                .as((spec, user, password, h, transport, srtp) -> spec.toBuilder().authUsername(user)
                        .authPassword(password).headers(h).transport(transport).mediaEncryption(srtp).build());
    }

    @Property(tries = 500)
    void writesWhatJsonFormatWrites(@ForAll("trunks") TrunkSpec spec) {
        assertEquals(TrunkJson.JsonFormatting.request(spec), ModeledTrunkJson.request(spec));
        assertEquals(TrunkJson.JsonFormatting.tree(spec), ModeledTrunkJson.tree(spec));
        assertEquals(TrunkJson.JsonFormatting.request(spec.withoutPassword()), TrunkJson.write(spec, false));
        assertEquals(TrunkJson.JsonFormatting.tree(spec.withoutPassword()), TrunkJson.toJsonTree(spec));
    }
}
