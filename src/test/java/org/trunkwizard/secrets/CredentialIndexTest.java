package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialIndexTest {

    private static final CredentialKey KEY = CredentialKey.livekit("p.livekit.cloud", "APIone");
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void noFileMeansNothingSaved() throws Exception {
        assertEquals(List.of(), new CredentialIndex(dir).list());
    }

    @Test
    void savingAgainKeepsCreatedAndMarksRotated() throws Exception {
        CredentialIndex index = new CredentialIndex(dir);
        index.recordSaved(KEY, "Profile prod", MONDAY);
        index.recordSaved(KEY, "Profile prod", TUESDAY);
        SavedCredential row = new CredentialIndex(dir).find(KEY).orElseThrow();
        assertEquals(MONDAY, row.created());
        assertEquals(TUESDAY, row.lastRotated());
        assertEquals(CredentialKind.LIVEKIT, row.kind());
        assertEquals(1, index.list().size());
    }

    @Test
    void theFileIsPlainJsonReadableByPeopleAndOwnerOnly() throws Exception {
        new CredentialIndex(dir).recordSaved(KEY, "Profile prod", MONDAY);
        String json = Files.readString(dir.resolve("credentials.json"));
        assertTrue(json.contains("\"key\": \"livekit:p.livekit.cloud:APIone\""), json);
        assertTrue(json.contains("\"kind\": \"livekit\""), json);
        assertTrue(json.contains("\"created\": \"2026-11-23T09:00:00Z\""), json);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("credentials.json"))));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("credentials.json")), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void removeTakesOnlyThatRow() throws Exception {
        CredentialIndex index = new CredentialIndex(dir);
        CredentialKey other = CredentialKey.trunk("p.livekit.cloud", "ST_2");
        index.recordSaved(KEY, "a", MONDAY);
        index.recordSaved(other, "b", TUESDAY);
        assertTrue(index.remove(KEY));
        assertFalse(index.remove(KEY));
        assertEquals(List.of(other), index.list().stream().map(SavedCredential::key).toList());
    }

    @Test
    void aDamagedFileIsNamedNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("credentials.json"), "{\"credentials\": [ {\"key\": 3");
        CredentialIndex index = new CredentialIndex(dir);
        ConfigFileException e = assertThrows(ConfigFileException.class, index::list);
        assertTrue(e.getMessage().contains("credentials.json is damaged"), e.getMessage());
        assertThrows(ConfigFileException.class, () -> index.recordSaved(KEY, "x", MONDAY));
        assertEquals("{\"credentials\": [ {\"key\": 3", Files.readString(dir.resolve("credentials.json")));
    }
}
