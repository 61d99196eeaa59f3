package org.trunkwizard.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its own files (draft, saved-credentials index, window size): never a secret.
 * Linux: $XDG_CONFIG_HOME/trunk-wizard (default $HOME/.config/trunk-wizard); macOS: ~/Library/Application Support/
 * Trunk Wizard; Windows: %APPDATA%\Trunk Wizard. {@code -Dtrunkwizard.configDir=...} overrides it (tests, portable use).
 * What may be deleted at any time (the class-data archive) goes to the OS's cache folder instead, see {@link #cacheDir()}.
 */
public final class AppDirs {

    public static final String OVERRIDE_PROPERTY = "trunkwizard.configDir";

    private AppDirs() {
    }

    public static Path configDir() {
        return configDir(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path configDir(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData))
                    .resolve("Trunk Wizard");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Trunk Wizard");
        }
        // Java's user.home comes from the user database; every Linux desktop app follows $HOME instead (sudo -H,
        // sandboxes, a throw-away home for a test). The XDG spec says relative values are invalid: ignored.
        String envHome = env.get("HOME");
        String linuxHome = absolute(envHome) ? envHome : home;
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = absolute(xdg) ? Path.of(xdg) : Path.of(linuxHome, ".config");
        return base.resolve("trunk-wizard");
    }

    /**
     * Linux: $XDG_CACHE_HOME/trunk-wizard (default $HOME/.cache/trunk-wizard); macOS: ~/Library/Caches/Trunk Wizard;
     * Windows: %LOCALAPPDATA%\Trunk Wizard\Cache. Under the override folder when one is set, so a test or a portable
     * copy writes nothing elsewhere.
     */
    public static Path cacheDir() {
        return cacheDir(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path cacheDir(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("Trunk Wizard").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Trunk Wizard");
        }
        String envHome = env.get("HOME");
        String linuxHome = absolute(envHome) ? envHome : home;
        String xdg = env.get("XDG_CACHE_HOME");
        return (absolute(xdg) ? Path.of(xdg) : Path.of(linuxHome, ".cache")).resolve("trunk-wizard");
    }

    private static boolean absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
