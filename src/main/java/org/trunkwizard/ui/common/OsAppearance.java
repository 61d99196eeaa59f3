package org.trunkwizard.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Whether the desktop asks for dark windows. JavaFX 21 cannot tell, so this asks the OS's own tools (gsettings,
 * defaults, reg). No JavaFX here: it runs off the FX thread and is tested with canned command outputs. Anything
 * that goes wrong (no such command, no answer in time, an unknown reply) means light, the themes' default.
 */
public final class OsAppearance {

    /** {@code -Dtrunkwizard.theme=dark|light} wins over the OS (tests, and users who want the other one). */
    public static final String PROPERTY = "trunkwizard.theme";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Runs a command and gives its standard output, or empty if it is missing, fails or takes too long. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command, Duration timeout);
    }

    private final String osName;
    private final UnaryOperator<String> env;
    private final CommandRunner runner;

    public OsAppearance(String osName, UnaryOperator<String> env, CommandRunner runner) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.runner = runner;
    }

    public static OsAppearance standard() {
        return new OsAppearance(System.getProperty("os.name", ""), System::getenv, OsAppearance::runProcess);
    }

    /** The override's verdict: dark, light, or empty when it is unset or neither word. */
    static Optional<Boolean> override(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> Optional.of(true);
            case "light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Asks the OS; may take up to {@link #TIMEOUT}: never on the FX thread. */
    boolean prefersDark() {
        if (osName.startsWith("windows")) {
            // AppsUseLightTheme    REG_DWORD    0x0 : apps are dark.
            return ask("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")
                    .map(out -> out.lines().map(String::strip)
                            .anyMatch(l -> l.matches("(?i)AppsUseLightTheme\\s+REG_DWORD\\s+0x0+")))
                    .orElse(false);
        }
        if (osName.startsWith("mac")) {
            // Prints "Dark" in dark mode; in light mode the key does not exist and the command fails.
            return ask("defaults", "read", "-g", "AppleInterfaceStyle").map(out -> out.strip().equalsIgnoreCase("dark"))
                    .orElse(false);
        }
        String gtkTheme = env.apply("GTK_THEME");
        if (gtkTheme != null && gtkTheme.strip().toLowerCase(Locale.ROOT).endsWith(":dark")) {
            return true;
        }
        // GNOME 42+ and others that follow it: 'prefer-dark', 'prefer-light' or 'default'.
        return ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                .map(out -> out.strip().replace("'", "").equals("prefer-dark"))
                .orElse(false);
    }

    private Optional<String> ask(String... command) {
        try {
            return runner.run(List.of(command), TIMEOUT);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The real runner: output only on exit code 0 within the timeout; the process is killed otherwise. */
    static Optional<String> runProcess(List<String> command, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // The answers are one short line, far below a pipe's buffer: reading after the exit cannot block the tool.
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return p.exitValue() == 0 ? Optional.of(out.toString(StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            p.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
