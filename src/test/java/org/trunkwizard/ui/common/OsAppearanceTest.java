package org.trunkwizard.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The OS's dark preference read from each desktop's own tool; anything unclear means light. */
class OsAppearanceTest {

    private final List<List<String>> asked = new ArrayList<>();

    /** A runner that answers every command with {@code answer} (empty: missing, failed or timed out). */
    private OsAppearance os(String osName, Map<String, String> env, Optional<String> answer) {
        return new OsAppearance(osName, env::get, (command, timeout) -> {
            asked.add(command);
            assertTrue(timeout.compareTo(Duration.ofSeconds(5)) <= 0, "a short timeout: " + timeout);
            return answer;
        });
    }

    private OsAppearance linux(String gsettings) {
        return os("Linux", Map.of(), Optional.ofNullable(gsettings));
    }

    @Test
    void gnomeColorScheme() {
        assertTrue(linux("'prefer-dark'\n").prefersDark());
        assertEquals(List.of(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")), asked);
        assertFalse(linux("'prefer-light'\n").prefersDark());
        assertFalse(linux("'default'\n").prefersDark());
        assertFalse(linux(null).prefersDark(), "no gsettings: light");
    }

    @Test
    void gtkThemeEndingInDarkNeedsNoCommand() {
        assertTrue(os("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Optional.empty()).prefersDark());
        assertEquals(List.of(), asked);
        assertFalse(os("Linux", Map.of("GTK_THEME", "Adwaita"), Optional.of("'default'")).prefersDark());
    }

    @Test
    void macOsInterfaceStyle() {
        assertTrue(os("Mac OS X", Map.of(), Optional.of("Dark\n")).prefersDark());
        assertEquals(List.of(List.of("defaults", "read", "-g", "AppleInterfaceStyle")), asked);
        // In light mode the key does not exist: the command fails.
        assertFalse(os("Mac OS X", Map.of(), Optional.empty()).prefersDark());
    }

    @Test
    void windowsAppsUseLightTheme() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertTrue(os("Windows 11", Map.of(), Optional.of(dark)).prefersDark());
        assertEquals(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                "/v", "AppsUseLightTheme"), asked.get(0));
        assertFalse(os("Windows 11", Map.of(), Optional.of(dark.replace("0x0", "0x1"))).prefersDark());
        assertFalse(os("Windows 10", Map.of(), Optional.empty()).prefersDark(), "no such value: light");
    }

    @Test
    void aRunnerThatThrowsMeansLight() {
        OsAppearance broken = new OsAppearance("Linux", k -> null, (c, t) -> {
            throw new IllegalStateException("no shell");
        });
        assertFalse(broken.prefersDark());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC}) // sleep, echo and false
    void theRealRunnerGivesUpOnMissingAndSlowCommands() {
        assertEquals(Optional.empty(), OsAppearance.runProcess(List.of("trunkwizard-no-such-tool"), Duration.ofSeconds(1)));
        long start = System.nanoTime();
        assertEquals(Optional.empty(), OsAppearance.runProcess(List.of("sleep", "5"), Duration.ofMillis(200)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0, "timed out early");
        assertEquals(Optional.of("prefer-dark\n"), OsAppearance.runProcess(List.of("echo", "prefer-dark"),
                Duration.ofSeconds(2)));
        assertEquals(Optional.empty(), OsAppearance.runProcess(List.of("false"), Duration.ofSeconds(2)), "exit 1");
    }

    @Test
    void overrideReadsDarkOrLight() {
        assertEquals(Optional.of(true), OsAppearance.override("dark"));
        assertEquals(Optional.of(false), OsAppearance.override(" Light "));
        assertEquals(Optional.empty(), OsAppearance.override("blue"));
        assertEquals(Optional.empty(), OsAppearance.override(null));
    }
}
