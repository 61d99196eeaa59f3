package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/**
 * Five {@code create} runs of one file at once, each its own JVM (as five terminals or a script's {@code &} would
 * start them), sharing only the config folder and the LiveKit project: one trunk, every run prints its ID.
 */
class ConcurrentCreateProcessesTest {

    static final int RUNS = 5;

    @TempDir
    Path dir;
    LiveKitTestServer server;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fiveRunsAtOnceMakeOneTrunk() throws Exception {
        assertOneTrunkFrom(startRuns());
    }

    @Test
    void fiveRunsAtOnceMakeOneTrunkWhenTheListTakesOneAndAHalfSeconds() throws Exception {
        server.failAlways(Fault.slow(Duration.ofMillis(1500)).on("ListSIPOutboundTrunk"));
        assertOneTrunkFrom(startRuns());
    }

    /** The case, with the timeouts users get (15 s to answer): exit 3, then a rerun that adopts. */
    @Test
    void aCreateDelayedTwentySecondsTimesOutAndAnImmediateRerunAdoptsTheTrunkThatLandsLater() throws Exception {
        server.failNext(Fault.slow(Duration.ofSeconds(20)).on("CreateSIPOutboundTrunk"));
        Process first = startRuns(1).get(0);
        String firstOut = finished(first);
        assertEquals(ExitCode.UNREACHABLE, first.exitValue(), firstOut);

        Process rerun = startRuns(1).get(0);
        String rerunOut = finished(rerun);

        assertEquals(ExitCode.OK, rerun.exitValue(), rerunOut);
        assertEquals(1, server.received("CreateSIPOutboundTrunk").size(), "the rerun sent no second create");
        assertEquals(1, server.trunks().size());
        assertEquals(server.trunks().iterator().next().getSipTrunkId(), ApiCommandsTest.trunkIdIn(rerunOut));
    }

    private List<Process> startRuns() throws IOException {
        return startRuns(RUNS);
    }

    private List<Process> startRuns(int count) throws IOException {
        Path file = dir.resolve("trunk.json");
        Files.writeString(file, """
                {"trunk": {"name": "Acme", "address": "sip.telnyx.com", "numbers": ["+15551234567"],
                  "auth_username": "livekit-user"}}
                """);
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProcessBuilder pb = new ProcessBuilder(javaCommand(file));
            pb.environment().put("LIVEKIT_URL", server.url());
            pb.environment().put("LIVEKIT_API_KEY", server.apiKey());
            pb.environment().put("LIVEKIT_API_SECRET", server.apiSecret());
            pb.environment().put("TRUNK_AUTH_PASSWORD", "Tq7-vLm2_Rz9xKp4Wd8N");
            pb.redirectErrorStream(true);
            runs.add(pb.start());
        }
        return runs;
    }

    /** {@code -Dtrunkwizard.test.cliClasses=DIR} runs other classes (e.g. an older build, to see this test fail). */
    private List<String> javaCommand(Path file) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String other = System.getProperty("trunkwizard.test.cliClasses", "");
        String classpath = (other.isEmpty() ? "" : other + File.pathSeparator) + System.getProperty("java.class.path");
        return List.of(java, "-cp", classpath,
                "-Dtrunkwizard.configDir=" + dir.resolve("config"), "-Djava.awt.headless=true",
                "org.trunkwizard.Main", "create", file.toString());
    }

    /** What the run printed, once it ended (within a bound). */
    private static String finished(Process p) throws Exception {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a create run did not end within 120 s");
        }
        return new String(p.getInputStream().readAllBytes());
    }

    private void assertOneTrunkFrom(List<Process> runs) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Process p : runs) {
            String out = finished(p);
            assertEquals(ExitCode.OK, p.exitValue(), out);
            ids.add(ApiCommandsTest.trunkIdIn(out));
        }
        assertEquals(1, server.trunks().size(), "trunks made: " + server.trunks().size());
        Set<String> distinct = ids.stream().collect(Collectors.toSet());
        assertEquals(Set.of(server.trunks().iterator().next().getSipTrunkId()), distinct, "every run printed it");
    }
}
