package org.trunkwizard.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrunkFilesTest {

    @Test
    void guideCompleteExampleImportsAsItStands() throws Exception {
        TrunkSpec spec = TrunkFiles.read("resources/guide-example.txt", InputStream0.EMPTY);
        assertEquals("Emily Outbound Trunk", spec.name());
        assertEquals("sip:core-it-voice-agent.livekit.cloud", spec.address());
        assertEquals(Transport.AUTO, spec.transport());
        assertEquals(List.of("+15551234567", "+15551234568"), spec.numbers());
        assertEquals(MediaEncryption.DISABLED, spec.mediaEncryption());
        assertEquals("livekit-user", spec.authUsername());
        assertEquals("Em1ly_Trunk_2024!Secure", spec.authPassword());
    }

    @Test
    void guideBlockInsideMarkdownFenceWithSpacesAndCrLf() throws Exception {
        TrunkSpec spec = TrunkFiles.parse("```\r\n  Trunk name:  Acme  \r\nTransport: tcp\r\nNumbers: +1 650 253 0000; "
                + "+44 20 7946 0958\r\nMedia encryption (SRTP): Required\r\n```\r\n");
        assertEquals("Acme", spec.name());
        assertEquals(Transport.TCP, spec.transport());
        assertEquals(List.of("+1 650 253 0000", "+44 20 7946 0958"), spec.numbers());
        assertEquals(MediaEncryption.REQUIRED, spec.mediaEncryption());
    }

    @Test
    void lkJsonSnakeCaseWithShortEnums() throws Exception {
        TrunkSpec spec = TrunkFiles.parse("""
                {"trunk": {"name": "t", "address": "sip.telnyx.com", "numbers": ["+16502530000"],
                 "transport": "tcp", "media_encryption": "allow", "auth_username": "u",
                 "destination_country": "US", "headers": {"X-Telnyx-Username": "u"}}}""");
        assertEquals(Transport.TCP, spec.transport());
        assertEquals(MediaEncryption.OPTIONAL, spec.mediaEncryption());
        assertEquals("US", spec.destinationCountry());
        assertEquals(Map.of("X-Telnyx-Username", "u"), spec.headers());
    }

    @Test
    void lkJsonBareCamelCaseWithFullEnumNames() throws Exception {
        TrunkSpec spec = TrunkFiles.parse("""
                {"name": "t", "address": "a.pstn.twilio.com", "numbers": ["+16502530000"],
                 "transport": "SIP_TRANSPORT_TLS", "mediaEncryption": "SIP_MEDIA_ENCRYPT_REQUIRE",
                 "authUsername": "u", "authPassword": "p"}""");
        assertEquals(Transport.TLS, spec.transport());
        assertEquals(MediaEncryption.REQUIRED, spec.mediaEncryption());
        assertEquals("u", spec.authUsername());
        assertEquals("p", spec.authPassword());
    }

    @Test
    void writtenJsonReadsBackTheSameAndLeavesThePasswordOut() throws Exception {
        TrunkSpec spec = TrunkSpec.builder().name("n").address("sip.telnyx.com").transport(Transport.UDP)
                .numbers(List.of("+16502530000")).mediaEncryption(MediaEncryption.OPTIONAL).authUsername("user")
                .authPassword("s3cret-Value-xyz").header("X-Telnyx-Username", "user").destinationCountry("US").build();
        String json = TrunkJson.write(spec, false);
        assertFalse(json.contains("s3cret"), json);
        assertTrue(json.contains("\"auth_username\""), json);
        assertEquals(spec.withoutPassword(), TrunkFiles.parse(json));
        assertEquals(spec, TrunkFiles.parse(TrunkJson.write(spec, true)));
        assertEquals(spec.withoutPassword(), TrunkFiles.parse(GuideText.write(spec, false)));
    }

    @Test
    void toStringNeverShowsThePassword() {
        TrunkSpec spec = TrunkSpec.builder().authPassword("hunter2-hunter2").build();
        assertFalse(spec.toString().contains("hunter2"));
    }

    @Test
    void readableMessagesForBrokenFiles(@TempDir Path dir) throws Exception {
        assertMessage("{\"trunk\": {\"name\": \"x\",}", "not well formed");
        assertEquals(List.of("adress"), TrunkFiles.parseDocument("{\"trunk\": {\"adress\": \"x\"}}").unknown(),
                "a name no trunk field has is set aside and named, not refused");
        assertMessage("[1,2]", "must be an object");
        assertMessage("Trunk name: a\nColour: blue", "Line 2");
        assertMessage("Trunk direction: Inbound", "outbound");
        assertMessage("Transport: carrier pigeon", "Auto, UDP, TCP or TLS");
        assertMessage("   \n", "empty");
        TrunkFormatException missing = assertThrows(TrunkFormatException.class,
                () -> TrunkFiles.read(dir.resolve("nope.json").toString(), InputStream0.EMPTY));
        assertTrue(missing.getMessage().contains("There is no file"), missing.getMessage());
        Path binary = dir.resolve("bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        TrunkFormatException notText = assertThrows(TrunkFormatException.class,
                () -> TrunkFiles.read(binary.toString(), InputStream0.EMPTY));
        assertTrue(notText.getMessage().contains("UTF-8"), notText.getMessage());
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        TrunkSpec spec = TrunkFiles.read("-", new ByteArrayInputStream(
                "Trunk name: from stdin".getBytes(StandardCharsets.UTF_8)));
        assertEquals("from stdin", spec.name());
    }

    private static void assertMessage(String content, String expected) {
        TrunkFormatException e = assertThrows(TrunkFormatException.class, () -> TrunkFiles.parse(content));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** An empty standard input. */
    private static final class InputStream0 {
        static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }
}
