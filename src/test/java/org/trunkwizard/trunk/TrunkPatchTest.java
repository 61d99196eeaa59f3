package org.trunkwizard.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkUpdate;
import livekit.LivekitSip.SIPTransport;
import org.junit.jupiter.api.Test;

class TrunkPatchTest {

    static final SIPOutboundTrunkInfo STORED = SIPOutboundTrunkInfo.newBuilder()
            .setName("Acme").setAddress("sip.telnyx.com").addNumbers("+16502530000").setAuthPassword("old-pw")
            .putHeaders("X-A", "1").putHeadersToAttributes("X-B", "b").setFromHost("acme.example").build();

    @Test
    void appliesTheStatedFieldsOnlyAndAnEmptyStatedValueClears() {
        TrunkSpec values = TrunkSpec.builder().name("Ignored").numbers(List.of("+16502530001")).build();

        SIPOutboundTrunkInfo after = new TrunkPatch(Set.of("numbers", "headers"), values).applyTo(STORED);

        assertEquals(STORED.toBuilder().clearNumbers().addNumbers("+16502530001").clearHeaders().build(), after,
                "name not stated, so not changed; headers stated empty, so cleared");
    }

    @Test
    void fieldsTheWizardDoesNotEditComeFromTheOtherFields() throws TrunkFormatException {
        TrunkDocument doc = TrunkJson.readDocument("{\"fromHost\": \"new.example\"}");

        assertEquals("new.example", doc.patch().applyTo(STORED).getFromHost());
        assertEquals(Map.of("X-B", "b"), doc.patch().applyTo(STORED).getHeadersToAttributesMap());
        assertFalse(doc.patch().partialUpdateCovers(), "from_host needs a replace built from the stored trunk");
    }

    @Test
    void thePartialUpdateCarriesExactlyTheStatedFields() {
        TrunkPatch patch = new TrunkPatch(Set.of("transport", "numbers"), TrunkSpec.builder().transport(Transport.TCP)
                .numbers(List.of("+1", "+2")).build());

        assertTrue(patch.partialUpdateCovers());
        SIPOutboundTrunkUpdate update = patch.toUpdate();
        assertEquals(SIPTransport.SIP_TRANSPORT_TCP, update.getTransport());
        assertEquals(List.of("+1", "+2"), update.getNumbers().getSetList());
        assertFalse(update.hasAuthPassword() || update.hasName() || update.hasAddress());
    }

    @Test
    void problemsOfAStatedListFieldBelongToIt() {
        TrunkPatch patch = new TrunkPatch(Set.of("numbers"), TrunkSpec.EMPTY);
        assertTrue(patch.states("numbers[2]"));
        assertFalse(patch.states("address"));
    }

    @Test
    void onlyFieldsAnOutboundTrunkHas() {
        assertThrows(IllegalArgumentException.class, () -> new TrunkPatch(Set.of("adress"), TrunkSpec.EMPTY));
    }

    @Test
    void aReplacementKeepsThePasswordAFileLeftOutAndTheUnknownFields() {
        TrunkSpec stored = TrunkProto.fromProto(STORED);
        TrunkSpec file = stored.withoutPassword().toBuilder().name("New").build();

        TrunkSpec replacement = TrunkPatch.replacement(file, stored);

        assertEquals("old-pw", replacement.authPassword());
        assertEquals("New", replacement.name());
        assertEquals("new-pw", TrunkPatch.replacement(file.toBuilder().authPassword("new-pw").build(), stored)
                .authPassword());
    }
}
