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
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.config.AppDirs;

/**
 * Closing the window ends the program, even with a non-daemon thread still running (the keychain's D-Bus
 * connection leaves one). Needs a JVM of its own: the launcher's exit would end the test's JVM.
 */
class ExitOnCloseTest {

    @TempDir
    Path home;

    @Test
    void theProcessEndsWhenItsWindowCloses() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The same module path, flags and headless platform as this test JVM; no debugger or agent.
            if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
                cmd.add(a);
            }
        }
        cmd.add("-D" + AppDirs.OVERRIDE_PROPERTY + "=" + home.resolve("config"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CloseExitsProbe.class.getName());
        Path out = home.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.resolve("no-bus"));
        Process p = pb.start();
        boolean ended;
        try {
            long give = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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
    }
}
