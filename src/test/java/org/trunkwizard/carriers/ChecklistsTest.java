package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

class ChecklistsTest {

    private static final String PASSWORD = "Sentinel-Pa55word-Never-Shown";
    private static final LiveKitSipUri SIP_URI = LiveKitSipUri.parse("p_abc123").value().orElseThrow();

    private static TrunkSpec trunk(String address) {
        return TrunkSpec.builder().name("Acme outbound").address(address)
                .numbers(List.of("+15551234567", "+15551234568")).authUsername("livekituser")
                .authPassword(PASSWORD).build();
    }

    private static List<String> values(Checklist list, String itemId) {
        return list.item(itemId).orElseThrow().values().stream().map(CopyValue::value).toList();
    }

    @Test
    void twilioChecklistCarriesTheExactValues() {
        Checklist c = Checklists.forCarrier(Carrier.TWILIO, trunk("acme.pstn.twilio.com"), SIP_URI);
        assertEquals("In the Twilio Console", c.title());
        assertEquals(List.of("acme", "acme.pstn.twilio.com"), values(c, "twilio.termination"));
        assertEquals(List.of("livekituser"), values(c, "twilio.credentials"));
        assertEquals(List.of("sip:abc123.sip.livekit.cloud"), values(c, "twilio.origination"));
        assertEquals(List.of("+15551234567", "+15551234568"), values(c, "twilio.numbers"));
        assertTrue(c.item("twilio.credentials").orElseThrow().explanation().contains("the password you set"));
        assertEquals(List.of("twilio.trunk", "twilio.termination", "twilio.credentials", "twilio.origination",
                "twilio.numbers", "twilio.geo"), c.items().stream().map(ChecklistItem::id).toList());
    }

    @Test
    void twilioWithoutTheSipUriOrAddressSaysWhereToFindThem() {
        Checklist c = Checklists.forCarrier(Carrier.TWILIO, trunk("sip.example.net"), null);
        assertTrue(c.item("twilio.origination.missing").orElseThrow().explanation().contains("Settings"));
        assertTrue(c.item("twilio.termination.missing").isPresent());
        assertTrue(c.item("twilio.origination").isEmpty());
    }

    @Test
    void encryptionStepsAppearOnlyWhenAskedFor() {
        TrunkSpec plain = trunk("acme.pstn.twilio.com");
        TrunkSpec secure = plain.toBuilder().transport(Transport.TLS).mediaEncryption(MediaEncryption.REQUIRED).build();
        assertTrue(Checklists.forCarrier(Carrier.TWILIO, plain, SIP_URI).item("twilio.secure").isEmpty());
        assertTrue(Checklists.forCarrier(Carrier.TWILIO, secure, SIP_URI).item("twilio.secure").orElseThrow()
                .explanation().contains("Secure Trunking"));
        assertTrue(Checklists.forCarrier(Carrier.TELNYX, secure, SIP_URI).item("telnyx.secure").isPresent());
        assertTrue(Checklists.forCarrier(Carrier.TELNYX, plain, SIP_URI).item("telnyx.secure").isEmpty());
    }

    @Test
    void asTextNumbersTheStepsAndListsTheirValues() {
        String text = Checklists.forCarrier(Carrier.TWILIO, trunk("acme.pstn.twilio.com"), SIP_URI).asText();
        assertTrue(text.startsWith("In the Twilio Console\n1. Open your Elastic SIP trunk\n"), text);
        assertTrue(text.contains("   Termination SIP URI: acme.pstn.twilio.com\n"), text);
        assertTrue(text.contains("   Origination SIP URI: sip:abc123.sip.livekit.cloud\n"), text);
    }

    @Test
    void telnyxChecklistHasTheFqdnPortAndHeader() {
        TrunkSpec spec = TelnyxHeader.sync(trunk("sip.telnyx.com"));
        Checklist c = Checklists.forCarrier(Carrier.TELNYX, spec, SIP_URI);
        assertEquals(List.of("abc123.sip.livekit.cloud", "5060"), values(c, "telnyx.inbound"));
        assertEquals(List.of("Acme outbound", "livekituser"), values(c, "telnyx.connection"));
        assertTrue(c.item("telnyx.outboundProfile").orElseThrow().explanation().contains("Outbound Voice Profile"));
        assertTrue(c.item("telnyx.header").orElseThrow().explanation()
                .contains("X-Telnyx-Username: livekituser"));
    }

    @Test
    void liveKitNumbersSayTheyAreInboundOnly() {
        Checklist c = Checklists.forCarrier(Carrier.LIVEKIT, trunk(""), SIP_URI);
        assertEquals(1, c.items().size());
        assertTrue(c.items().get(0).explanation().contains("incoming calls only"));
        assertTrue(c.items().get(0).explanation().contains("Twilio, Telnyx"));
    }

    @Test
    void otherProviderGetsTheGenericSteps() {
        Checklist c = Checklists.forCarrier(Carrier.OTHER, trunk("sip.example.net"), null);
        assertEquals(List.of("other.host", "other.credentials", "other.numbers", "other.allowList"),
                c.items().stream().map(ChecklistItem::id).toList());
        assertEquals(List.of("sip.example.net"), values(c, "other.host"));
    }

    @Test
    void nextStepsFollowTheGuide() {
        Checklist c = Checklists.nextSteps(Carrier.TWILIO, trunk("acme.pstn.twilio.com"), "ST_o9uDVJ2spazs");
        assertEquals(List.of("next.trunkId", "next.testCall", "next.dispatchRule", "next.webhook", "next.fullFlow"),
                c.items().stream().map(ChecklistItem::id).toList());
        assertEquals(List.of("ST_o9uDVJ2spazs"), values(c, "next.trunkId"));
        assertTrue(values(c, "next.testCall").get(0).contains("\"sip_trunk_id\": \"ST_o9uDVJ2spazs\""));
        assertTrue(c.item("next.testCall").orElseThrow().explanation().contains("+15551234567"));
        assertTrue(c.item("next.dispatchRule").orElseThrow().explanation().contains("INCOMING"));
        ChecklistItem webhook = Checklists.webhookItem();
        assertTrue(webhook.explanation().contains("Settings, Webhooks"), webhook.explanation());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void noChecklistEverShowsThePassword(Carrier carrier) {
        TrunkSpec spec = TelnyxHeader.sync(trunk("acme.pstn.twilio.com"));
        for (Checklist c : List.of(Checklists.forCarrier(carrier, spec, SIP_URI),
                Checklists.forCarrier(carrier, spec, null), Checklists.nextSteps(carrier, spec, "ST_o9uDVJ2spazs"))) {
            assertFalse(c.asText().contains(PASSWORD), c.asText());
            for (ChecklistItem item : c.items()) {
                assertFalse(item.title().contains(PASSWORD) || item.explanation().contains(PASSWORD));
                item.values().forEach(v -> assertFalse(v.value().contains(PASSWORD) || v.label().contains(PASSWORD)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void everyTextExistsAndIsFilledIn(Carrier carrier) {
        for (Checklist c : List.of(Checklists.forCarrier(carrier, trunk("acme.pstn.twilio.com"), SIP_URI),
                Checklists.forCarrier(carrier, TrunkSpec.EMPTY, null), Checklists.nextSteps(carrier, TrunkSpec.EMPTY,
                        null))) {
            String text = c.asText();
            assertFalse(text.contains("!carriers") || text.contains("{0}") || text.contains("{1}"), text);
        }
    }
}
