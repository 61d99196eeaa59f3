package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.secrets.PrivateSecretService;

/**
 * Closing the window ends the program, keychain or not. With a keychain the window holds a real D-Bus connection to
 * a Secret Service (a private gnome-keyring), whose threads are not daemons. Needs a JVM of its own: the launcher's
 * exit would end the test's JVM.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES) // the private Secret Service is found through a system property
class ExitOnCloseTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    @TempDir
    Path home;

    @Test
    void withAKeychainTheProcessEndsWhenItsWindowCloses() throws Exception {
        String printed = closeAndWait(SERVICE.address());
        assertTrue(printed.contains("keychain: available"), "the window used the private Secret Service: " + printed);
        // What kept the process alive before the launcher ended it: dbus-java's sender is not a daemon.
        assertTrue(printed.contains("DBus"), "a D-Bus connection was open when the window closed: " + printed);
    }

    @Test
    void withoutAKeychainTheProcessEndsWhenItsWindowCloses() throws Exception {
        String printed = closeAndWait("unix:path=" + home.resolve("no-bus"));
        assertTrue(printed.contains("keychain: none"), "the window found no keychain: " + printed);
    }

    /** Starts the app against {@code bus}, lets the probe close its window, and returns what it printed. */
    private String closeAndWait(String bus) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The same module path, flags and headless platform as this test JVM; no debugger or agent.
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent")
                    && !a.startsWith("-D" + PrivateSecretService.BUS_PROPERTY)) {
                cmd.add(a);
            }
        }
        cmd.add("-D" + AppDirs.OVERRIDE_PROPERTY + "=" + home.resolve("config"));
        cmd.add("-D" + PrivateSecretService.BUS_PROPERTY + "=" + bus);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CloseExitsProbe.class.getName());
        Path out = home.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put(PrivateSecretService.BUS_PROPERTY, bus);
        Process p = pb.start();
        boolean ended;
        try {
            long give = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (!Files.readString(out, StandardCharsets.UTF_8).contains("closed") && p.isAlive()
                    && System.nanoTime() < give) {
                p.waitFor(100, TimeUnit.MILLISECONDS);
            }
            // The issue asks for about a second; a loaded CI machine gets some slack.
            ended = p.waitFor(3, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(printed.contains("closed"), "the window opened and was closed: " + printed);
        assertTrue(ended, "still running 3 s after its window closed: " + printed);
        assertEquals(0, p.exitValue(), printed);
        return printed;
    }
}
