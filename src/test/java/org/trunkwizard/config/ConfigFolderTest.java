package org.trunkwizard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config folder says which projects and trunks this user works with: nobody else may list or read it. */
class ConfigFolderTest {

    @TempDir
    Path home;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewConfigFolderIsTheOwnersOnly() throws IOException {
        Path folder = home.resolve(".config").resolve("trunk-wizard");
        AtomicFiles.writeString(folder.resolve("profiles.json"), "{}");
        assertEquals("rwx------", mode(folder));
        assertEquals("rw-------", mode(folder.resolve("profiles.json")));
    }

    @Test
    void anExistingOpenConfigFolderIsTightened() throws IOException {
        Path folder = Files.createDirectories(home.resolve("trunk-wizard"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.writeString(folder.resolve("credentials.json"), "{}");
        assertEquals("rwx------", mode(folder));
    }
}
