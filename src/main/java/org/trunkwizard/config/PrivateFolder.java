package org.trunkwizard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The config folder, readable by its owner only. Its files are 0600, but a 0755 folder still lets every user of the
 * computer list which projects, profiles and trunks this user works with, and follow when they change.
 */
public final class PrivateFolder {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFolder() {
    }

    /** Creates {@code dir} (and missing parents) owner-only, or tightens it if it was made open by an older version. */
    public static Path ensure(Path dir) throws IOException {
        if (!isPosix(dir)) {
            // Windows: the per-user AppData folder already restricts access.
            return Files.createDirectories(dir);
        }
        if (Files.isDirectory(dir)) {
            tighten(dir);
            return dir;
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        return Files.createDirectories(dir, ownerOnly);
    }

    private static void tighten(Path dir) throws IOException {
        if (Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        } catch (java.nio.file.AccessDeniedException e) {
            // A folder given with -Dtrunkwizard.configDir that belongs to someone else: its files stay 0600.
        }
    }

    private static boolean isPosix(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
