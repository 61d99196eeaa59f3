package org.trunkwizard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void linuxFollowsXdgAndFallsBackToDotConfig() {
        assertEquals(Path.of("/x/cfg/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("XDG_CONFIG_HOME", "/x/cfg")));
        assertEquals(Path.of("/home/a/.config/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a", Map.of()));
        // The XDG spec says a relative value is invalid and must be ignored.
        assertEquals(Path.of("/home/a/.config/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("XDG_CONFIG_HOME", "relative")));
    }

    @Test
    void linuxFollowsHomeFromTheEnvironmentNotTheUserDatabase() {
        // user.home comes from the passwd entry; a desktop app follows $HOME (sudo -H, sandboxes, test homes).
        assertEquals(Path.of("/tmp/h/.config/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("HOME", "/tmp/h")));
        assertEquals(Path.of("/x/cfg/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("HOME", "/tmp/h", "XDG_CONFIG_HOME", "/x/cfg")));
        assertEquals(Path.of("/tmp/h/.config/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("HOME", "/tmp/h", "XDG_CONFIG_HOME", "relative")));
        assertEquals(Path.of("/home/a/.config/trunk-wizard"), AppDirs.configDir(null, "Linux", "/home/a",
                Map.of("HOME", "relative")));
        assertEquals(Path.of("/tmp/tw"), AppDirs.configDir("/tmp/tw", "Linux", "/home/a", Map.of("HOME", "/tmp/h")));
    }

    @Test
    void macAndWindowsUseThePlatformPlace() {
        assertEquals(Path.of("/Users/a/Library/Application Support/Trunk Wizard"),
                AppDirs.configDir(null, "Mac OS X", "/Users/a", Map.of()));
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "Trunk Wizard"),
                AppDirs.configDir(null, "Windows 11", "/h", Map.of("APPDATA", "C:/Users/a/AppData/Roaming")));
    }

    @Test
    void overrideWins() {
        assertEquals(Path.of("/tmp/tw"), AppDirs.configDir("/tmp/tw", "Linux", "/home/a", Map.of()));
    }

    /** A 20 MB class-data archive is a cache, not configuration: it goes where each OS keeps what may be deleted. */
    @Test
    void cachesGoWhereEachOsKeepsCaches() {
        assertEquals(Path.of("/x/cache/trunk-wizard"), AppDirs.cacheDir(null, "Linux", "/home/a",
                Map.of("XDG_CACHE_HOME", "/x/cache")));
        assertEquals(Path.of("/tmp/h/.cache/trunk-wizard"), AppDirs.cacheDir(null, "Linux", "/home/a",
                Map.of("HOME", "/tmp/h", "XDG_CACHE_HOME", "relative")));
        assertEquals(Path.of("/Users/a/Library/Caches/Trunk Wizard"),
                AppDirs.cacheDir(null, "Mac OS X", "/Users/a", Map.of()));
        assertEquals(Path.of("C:/Users/a/AppData/Local", "Trunk Wizard", "Cache"),
                AppDirs.cacheDir(null, "Windows 11", "/h", Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local")));
        // With the folder overridden (tests, portable use) nothing is written outside it.
        assertEquals(Path.of("/tmp/tw/cache"), AppDirs.cacheDir("/tmp/tw", "Linux", "/home/a", Map.of()));
    }
}
