package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.diagnostics.LocalPorts;
import org.trunkwizard.diagnostics.Sipp;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** {@code diagnose} as a script sees it: exit codes, the --json document, and a trunk's address from LiveKit. */
class DiagnoseCommandTest {

    private static final String KEY = "APIdiagKey";
    private static final String SECRET = "SECRET-SENTINEL-diag-7c1e";

    @TempDir
    static Path dir;
    private static Sipp udp200;
    private static Sipp tcp405;
    private static LiveKitTestServer livekit;
    private static CliRuns runs;

    @BeforeAll
    static void start() throws Exception {
        udp200 = Sipp.start("options-200.xml", false, Files.createDirectories(dir.resolve("udp")));
        tcp405 = Sipp.start("options-405.xml", true, Files.createDirectories(dir.resolve("tcp")));
        livekit = LiveKitTestServer.start();
        livekit.addKey(KEY, SECRET);
        runs = new CliRuns(new HashMap<>(Map.of("LIVEKIT_URL", livekit.url(), "LIVEKIT_API_KEY", KEY,
                "LIVEKIT_API_SECRET", SECRET, "TRUNK_AUTH_PASSWORD", "Pw-diag-5d2c81-long-enough")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (livekit != null) {
            livekit.close();
        }
        for (Sipp s : new Sipp[] {udp200, tcp405}) {
            if (s != null) {
                s.close();
            }
        }
        if (runs != null) {
            runs.assertNothingLeaked(SECRET);
        }
    }

    @Test
    void anAnswerExitsZeroAndTheJsonFollowsTheContract() {
        Result r = runs.run("diagnose", udp200.address(), "--transport", "udp", "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(udp200.address(), doc.get("address").getAsString());
        assertEquals(200, doc.get("sip_status").getAsInt());
        JsonObject step = doc.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertEquals("sip", step.get("step").getAsString());
        assertTrue(step.get("ok").getAsBoolean());
        assertTrue(step.get("detail").getAsString().contains("200 OK"));
        assertTrue(step.get("ms").getAsLong() >= 0);
        assertEquals(Messages.get("diagnose.verdict.answered.message", "", "200 OK"), doc.get("verdict").getAsString());
        assertTrue(doc.has("hint"));
    }

    @Test
    void noAnswerExitsOneWithTheExplanationAndTheScope() {
        String address = LocalPorts.LOOPBACK + ":" + LocalPorts.free();
        Result r = runs.run("diagnose", address, "--transport", "tcp");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.out().contains("  fail  " + Messages.get("diagnose.step.tcp")), r.out());
        assertTrue(r.out().contains("error address: Nothing listens at " + address + " over TCP."), r.out());
        assertTrue(r.out().contains(Messages.get("diagnose.scope")), r.out());

        Result json = runs.run("diagnose", address, "--transport", "tcp", "--json");
        assertEquals(ExitCode.REFUSED, json.exit());
        assertTrue(JsonParser.parseString(json.out()).getAsJsonObject().get("sip_status").isJsonNull());
    }

    @Test
    void anAddressLiveKitWouldRefuseIsExplainedNotChecked() {
        Result r = runs.run("diagnose", "sip:alice@" + udp200.address());
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.out().contains("error address: "), r.out());
        assertTrue(!r.out().contains("  ok  ") && !r.out().contains("  fail  "), "no step ran:\n" + r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, runs.run("diagnose").exit());
        assertEquals(ExitCode.USAGE, runs.run("diagnose", udp200.address(), "--transport", "sctp").exit());
        assertEquals(ExitCode.USAGE, runs.run("diagnose", udp200.address(), "--transport", "2").exit());
        assertEquals(ExitCode.USAGE, runs.run("diagnose", "a", "b").exit());
    }

    @Test
    void aTrunkIsCheckedAtItsAddressOverItsTransport() throws IOException {
        Path file = dir.resolve("trunk.json");
        Files.writeString(file, """
                {"trunk": {"name": "Diag", "address": "%s", "transport": "tcp", "numbers": ["+14155550123"],
                  "auth_username": "diag-user"}}
                """.formatted(tcp405.address()));
        Result created = runs.run("create", file.toString());
        assertEquals(ExitCode.OK, created.exit(), created.all());
        String id = ApiCommandsTest.trunkIdIn(created.out());

        Result r = runs.run("diagnose", "--trunk", id, "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(tcp405.address(), doc.get("address").getAsString());
        assertEquals(405, doc.get("sip_status").getAsInt());
        assertEquals("tcp", doc.getAsJsonArray("steps").get(0).getAsJsonObject().get("step").getAsString());

        assertEquals(ExitCode.USAGE, runs.run("diagnose", "--trunk", id, tcp405.address()).exit());
    }

    @Test
    void anUnknownTrunkExitsOne() {
        Result r = runs.run("diagnose", "--trunk", "ST_aaaaaaaaaaaa");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.err().contains("ST_aaaaaaaaaaaa"), r.all());
    }
}
