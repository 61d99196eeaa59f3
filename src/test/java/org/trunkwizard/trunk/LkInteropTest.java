package org.trunkwizard.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What lk writes, read as lk reads it: its list output, camelCase names, fields the wizard does not edit. */
class LkInteropTest {

    /** One trunk as {@code lk sip outbound list --json} prints it from a self-hosted server (password in clear). */
    static final String LK_LIST = """
            {"items": [{"sipTrunkId": "ST_o9uDVJ2spazs", "name": "Acme", "address": "sip.telnyx.com",
              "transport": "SIP_TRANSPORT_TLS", "numbers": ["+16502530000"], "authUsername": "acme",
              "authPassword": "Not-Shown-123", "headersToAttributes": {"X-Carrier": "carrier"},
              "fromHost": "calls.acme.example", "mediaEncryption": "SIP_MEDIA_ENCRYPT_REQUIRE",
              "createdAt": "2026-11-30T10:00:00Z"}]}
            """;

    @Test
    void readsLkListOutputOfOneTrunkInCamelCase() throws TrunkFormatException {
        TrunkSpec spec = TrunkFiles.parse(LK_LIST);

        assertEquals("Acme", spec.name());
        assertEquals(Transport.TLS, spec.transport());
        assertEquals(MediaEncryption.REQUIRED, spec.mediaEncryption());
        assertEquals("Not-Shown-123", spec.authPassword());
        assertEquals("calls.acme.example", TrunkProto.toProto(spec).getFromHost(), "kept for create and update");
        assertEquals(Map.of("X-Carrier", "carrier"), TrunkProto.toProto(spec).getHeadersToAttributesMap());
        assertEquals("", TrunkProto.toProto(spec).getSipTrunkId(), "a create must not send the ID");
        assertTrue(!TrunkProto.toProto(spec).hasCreatedAt());
    }

    @Test
    void aListOfSeveralTrunksSaysWhichToKeep() {
        String two = "{\"items\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}";
        TrunkFormatException e = assertThrows(TrunkFormatException.class, () -> TrunkFiles.parse(two));
        assertTrue(e.getMessage().contains("2 trunks"), e.getMessage());
    }

    @Test
    void fieldsNoTrunkHasAreSetAsideAndNamedNotRefused() throws TrunkFormatException {
        TrunkDocument doc = TrunkFiles.parseDocument("""
                {"trunk": {"name": "Acme", "include_headers": "SIP_X_HEADERS", "media": {"codecs": ["opus"]},
                  "krispEnabled": true}}
                """);

        assertEquals("Acme", doc.spec().name());
        assertEquals(List.of("media", "krispEnabled"), doc.unknown());
        assertEquals(List.of("include_headers"), doc.unchecked());
        assertEquals(java.util.Set.of("name", "include_headers"), doc.fields());
    }
}
