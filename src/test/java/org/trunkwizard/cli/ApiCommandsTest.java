package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.util.JsonFormat;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.livekit.server.EveryField;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** The LiveKit commands end to end: CLI -> SipApi -> the test server, as a user or a script sees them. */
class ApiCommandsTest {

    static final String SECRET = "SECRET-SENTINEL-cli-93af0e";
    static final String PASSWORD = "Pw-SENTINEL-cli-5d2c81";
    static final String KEY = "APIcliKey";

    @TempDir
    Path dir;
    LiveKitTestServer server;
    Map<String, String> env;
    CliRuns runs;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
        server.addKey(KEY, SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", server.url(), "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET,
                "TRUNK_AUTH_PASSWORD", PASSWORD));
        runs = new CliRuns(env);
    }

    @AfterEach
    void stop() {
        server.close();
        runs.assertNothingLeaked(SECRET, PASSWORD);
    }

    Result run(String... args) {
        return runs.run(args);
    }

    String trunkFile(String name, String address) throws IOException {
        Path file = dir.resolve(name.replace(' ', '_') + ".json");
        Files.writeString(file, """
                {"trunk": {"name": "%s", "address": "%s", "transport": "tls",
                  "numbers": ["+15551234567"], "media_encryption": "require",
                  "auth_username": "livekit-user", "destination_country": "US",
                  "headers": {"X-Telnyx-Username": "livekit-user"}}}
                """.formatted(name, address));
        return file.toString();
    }

    static String trunkIdIn(String out) {
        return out.lines().filter(l -> l.startsWith("Trunk ID: ")).map(l -> l.substring("Trunk ID: ".length()))
                .reduce((a, b) -> {
                    throw new AssertionError("two Trunk ID lines");
                }).orElseThrow(() -> new AssertionError("no Trunk ID line in:\n" + out));
    }

    @Test
    void createPrintsTheTrunkIdAndSendsEverything() throws IOException {
        Result r = run("create", trunkFile("Acme", "sip.telnyx.com"));
        assertEquals(ExitCode.OK, r.exit(), r.all());
        String id = trunkIdIn(r.out());
        assertTrue(id.matches("ST_\\w{12}"), id);
        SIPOutboundTrunkInfo stored = server.trunks().iterator().next();
        assertEquals(id, stored.getSipTrunkId());
        assertEquals(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_REQUIRE, stored.getMediaEncryption());
        assertEquals("livekit-user", stored.getHeadersMap().get("X-Telnyx-Username"));
        assertEquals(PASSWORD, stored.getAuthPassword(), "the password from TRUNK_AUTH_PASSWORD was sent");
    }

    @Test
    void createWithCarrierTelnyxAddsTheUsernameHeaderLikeTheWindowAndValidate() throws IOException {
        Path file = dir.resolve("telnyx.txt");
        Files.writeString(file, "Trunk name: Acme\nNumbers: +1 650 253 0000\nUsername: acmeuser7\n");

        Result dry = run("create", file.toString(), "--carrier", "telnyx", "--dry-run", "--json");
        assertEquals(ExitCode.OK, dry.exit(), dry.all());
        JsonObject request = JsonParser.parseString(dry.out()).getAsJsonObject().getAsJsonObject("request")
                .getAsJsonObject("trunk");
        assertEquals("acmeuser7", request.getAsJsonObject("headers").get("X-Telnyx-Username").getAsString());
        assertEquals("sip.telnyx.com", request.get("address").getAsString(), "Telnyx's preset address");
        Result shown = run("create", file.toString(), "--carrier", "telnyx", "--dry-run");
        assertTrue(shown.out().contains("\"X-Telnyx-Username\": \"acmeuser7\""), shown.out());
        assertTrue(server.received().isEmpty(), "a dry run sends nothing");

        Result validate = run("validate", file.toString(), "--carrier", "telnyx", "--json");
        JsonObject trunk = JsonParser.parseString(validate.out()).getAsJsonObject().getAsJsonObject("trunk");
        assertEquals(request.get("headers"), trunk.get("headers"), "validate and create agree");

        Result created = run("create", file.toString(), "--carrier", "telnyx");
        assertEquals(ExitCode.OK, created.exit(), created.all());
        SIPOutboundTrunkInfo stored = server.trunks().iterator().next();
        assertEquals("acmeuser7", stored.getHeadersMap().get("X-Telnyx-Username"));
        assertEquals(stored.getAuthUsername(), stored.getHeadersMap().get("X-Telnyx-Username"));
        assertEquals("sip.telnyx.com", stored.getAddress());

        Result plain = run("create", file.toString(), "--dry-run");
        assertEquals(ExitCode.REFUSED, plain.exit(), "without --carrier there is no preset address: " + plain.all());
        assertTrue(plain.out().contains("error address:"), plain.out());
    }

    @Test
    void aCarrierPresetNeverOverridesWhatTheFileSays() throws IOException {
        Path file = dir.resolve("stale.json");
        Files.writeString(file, """
                {"name": "Mine", "address": "sip.telnyx.eu", "numbers": ["+16502530000"],
                 "auth_username": "newuser1", "headers": {"x-telnyx-username": "old-user", "X-Other": "1"}}
                """);
        Result dry = run("create", file.toString(), "--carrier", "telnyx", "--dry-run", "--json");
        assertEquals(ExitCode.OK, dry.exit(), dry.all());
        JsonObject request = JsonParser.parseString(dry.out()).getAsJsonObject().getAsJsonObject("request")
                .getAsJsonObject("trunk");
        assertEquals("Mine", request.get("name").getAsString());
        assertEquals("sip.telnyx.eu", request.get("address").getAsString());
        assertEquals("newuser1", request.getAsJsonObject("headers").get("X-Telnyx-Username").getAsString(),
                "the header follows the username: " + request);
        assertEquals("1", request.getAsJsonObject("headers").get("X-Other").getAsString());
        assertEquals(2, request.getAsJsonObject("headers").size(), request.toString());
    }

    @Test
    void rerunningCreateReusesTheTrunk() throws IOException {
        String file = trunkFile("Acme", "sip.telnyx.com");
        String first = trunkIdIn(run("create", file).out());
        Result again = run("create", file);
        assertEquals(ExitCode.OK, again.exit());
        assertEquals(first, trunkIdIn(again.out()));
        assertTrue(again.out().contains("already exists"), again.out());
        assertFalse(again.out().contains("differ"), again.out());
        assertEquals(1, server.trunks().size());

        Files.writeString(Path.of(file), Files.readString(Path.of(file)).replace("+15551234567", "+15551230000"));
        Result changed = run("create", file);
        assertEquals(first, trunkIdIn(changed.out()));
        assertTrue(changed.out().contains("update " + first), changed.out());
        assertEquals(1, server.trunks().size());
    }

    @Test
    void aCreateThatTimedOutIsFoundByTheRetry() throws IOException {
        String file = trunkFile("Acme", "sip.telnyx.com");
        server.failNext(Fault.slow(Duration.ZERO));
        server.failNext(Fault.slowAfterHandling(Duration.ofSeconds(2)));
        Result timedOut = run("create", file);
        assertEquals(ExitCode.UNREACHABLE, timedOut.exit(), timedOut.all());
        assertEquals(1, server.trunks().size());

        Result retry = run("create", file);
        assertEquals(ExitCode.OK, retry.exit(), retry.all());
        assertEquals(server.trunks().iterator().next().getSipTrunkId(), trunkIdIn(retry.out()));
        assertEquals(1, server.trunks().size());
    }

    @Test
    void dryRunPrintsTheRequestMaskedAndSendsNothing() throws IOException {
        env.clear();
        Path file = dir.resolve("with-password.txt");
        Files.writeString(file, """
                Trunk name: Emily Outbound Trunk
                Address: sip.telnyx.com
                Numbers: +15551234567
                Username: livekit-user
                Password: %s
                """.formatted(PASSWORD));
        Result r = run("create", file.toString(), "--dry-run");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("\"auth_password\": \"********\""), r.out());
        assertTrue(r.out().contains("\"address\": \"sip.telnyx.com\""), r.out());
        assertTrue(r.out().contains("warning auth_password"), "the password-in-file warning: " + r.out());
        assertTrue(server.received().isEmpty());

        Result json = run("create", file.toString(), "--dry-run", "--json");
        JsonObject doc = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals("********", doc.getAsJsonObject("request").getAsJsonObject("trunk").get("auth_password")
                .getAsString());
    }

    @Test
    void createJsonIsOneDocument() throws IOException {
        Result r = run("create", trunkFile("Acme", "sip.telnyx.com"), "--json");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(doc.get("trunk_id").getAsString().startsWith("ST_"));
        assertFalse(doc.get("already_existed").getAsBoolean());
        assertFalse(doc.getAsJsonObject("trunk").has("auth_password"));
    }

    @Test
    void anInvalidTrunkIsNotSent() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"x\", \"address\": \"sip.telnyx.com\"}");
        Result r = run("create", file.toString());
        assertEquals(ExitCode.REFUSED, r.exit());
        assertTrue(r.out().contains("error numbers:"), r.out());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void listUpdateExportDelete() throws IOException {
        String id = trunkIdIn(run("create", trunkFile("Acme", "sip.telnyx.com")).out());

        Result list = run("list");
        assertEquals(ExitCode.OK, list.exit());
        assertTrue(list.out().startsWith(id + "  Acme  sip.telnyx.com  TLS  +15551234567"), list.out());
        JsonObject listed = JsonParser.parseString(run("list", "--json").out()).getAsJsonObject();
        assertEquals(id, listed.getAsJsonArray("items").get(0).getAsJsonObject().get("sip_trunk_id").getAsString());

        Result update = run("update", id, trunkFile("Acme EU", "sip.telnyx.eu"));
        assertEquals(ExitCode.OK, update.exit(), update.all());
        assertEquals("sip.telnyx.eu", server.trunks().iterator().next().getAddress());

        Result export = run("export", id);
        assertEquals(ExitCode.OK, export.exit(), export.all());
        JsonObject trunk = JsonParser.parseString(export.out()).getAsJsonObject().getAsJsonObject("trunk");
        assertEquals("Acme EU", trunk.get("name").getAsString());
        assertFalse(trunk.has("auth_password"));
        assertFalse(trunk.has("sip_trunk_id"), "an export can be created again");

        assertEquals(ExitCode.OK, run("delete", id).exit());
        assertTrue(server.trunks().isEmpty());
        Result again = run("delete", id);
        assertEquals(ExitCode.REFUSED, again.exit());
        assertTrue(again.out().contains("sip_trunk_id"), again.out());
        assertEquals(ExitCode.REFUSED, run("export", id).exit());
        assertTrue(run("list").out().contains("no outbound trunks"));
    }

    String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    SIPOutboundTrunkInfo stored(String id) {
        return server.trunks().stream().filter(t -> t.getSipTrunkId().equals(id)).findFirst().orElseThrow();
    }

    /** Updates a trunk that has every field set with {@code json}; the trunk as LiveKit has it afterwards. */
    SIPOutboundTrunkInfo updateEveryFieldTrunk(String json, String expectedInOutput) throws IOException {
        env.remove("TRUNK_AUTH_PASSWORD");
        String id = server.addTrunk(EveryField.trunk(PASSWORD));
        Result r = run("update", id, file("update.json", json));
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains(expectedInOutput), r.out());
        SIPOutboundTrunkInfo after = stored(id);
        assertTrue(EveryField.keepsUnknownField(after), "fields this SDK does not know are kept");
        return after.toBuilder().clearSipTrunkId().build();
    }

    @Test
    void updateChangesOnlyTheFieldsTheFileStates() throws IOException {
        SIPOutboundTrunkInfo after = updateEveryFieldTrunk("{\"numbers\": [\"+15550001111\"]}", "numbers");

        assertEquals(EveryField.trunk(PASSWORD).toBuilder().clearNumbers().addNumbers("+15550001111").build(), after,
                "only the numbers changed");
        assertTrue(server.received("UpdateSIPOutboundTrunk").get(0).bodyAs(UpdateSIPOutboundTrunkRequest.class)
                .hasUpdate(), "LiveKit's own partial update where it covers the field");
    }

    @Test
    void updateOfAFieldThePartialUpdateLacksKeepsEverythingElseToo() throws IOException {
        SIPOutboundTrunkInfo after = updateEveryFieldTrunk("{\"headersToAttributes\": {\"X-Call\": \"call.id\"}}",
                "headers_to_attributes");

        assertEquals(EveryField.trunk(PASSWORD).toBuilder().clearHeadersToAttributes()
                .putHeadersToAttributes("X-Call", "call.id").build(), after);
    }

    @Test
    void aGuideTextUpdateCanTurnSrtpOffAndLeavesEmptyLinesAlone() throws IOException {
        SIPOutboundTrunkInfo after = updateEveryFieldTrunk("Media encryption (SRTP): Disabled\nPassword:\n",
                "media_encryption");

        assertEquals(EveryField.trunk(PASSWORD).toBuilder()
                .setMediaEncryption(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_DISABLE).build(), after);
    }

    @Test
    void replaceWithItsOwnExportChangesNothingAndSaysItReplaced() throws IOException {
        env.remove("TRUNK_AUTH_PASSWORD");
        String id = server.addTrunk(EveryField.trunk(PASSWORD));
        SIPOutboundTrunkInfo before = stored(id);
        String export = file("export.json", run("export", id).out());

        Result r = run("update", id, export, "--replace");

        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("Replaced the whole trunk " + id), r.out());
        assertEquals(before, stored(id), "the password export leaves out is kept, and nothing else moved");
        assertTrue(server.received("UpdateSIPOutboundTrunk").get(0).bodyAs(UpdateSIPOutboundTrunkRequest.class)
                .hasReplace());
    }

    @Test
    void aRerunOfCreateWithAnotherPasswordSaysThePasswordWasNotChanged() throws IOException {
        String file = trunkFile("Acme", "sip.telnyx.com");
        String id = trunkIdIn(run("create", file).out());
        env.put("TRUNK_AUTH_PASSWORD", PASSWORD + "-new");

        Result again = run("create", file);

        assertEquals(ExitCode.OK, again.exit(), again.all());
        assertTrue(again.out().contains("password was not changed"), again.out());
        assertTrue(again.out().contains("update " + id), again.out());
        assertEquals(PASSWORD, stored(id).getAuthPassword());
        runs.assertNothingLeaked(PASSWORD + "-new");
    }

    @Test
    void createKeepsFieldsTheWizardDoesNotEditAndNamesTheOnesItCannotSend() throws IOException {
        env.remove("TRUNK_AUTH_PASSWORD");
        Result r = run("create", file("lk.json", """
                {"name": "Acme", "address": "sip.telnyx.com", "numbers": ["+16502530000"],
                 "fromHost": "calls.acme.example", "attributes_to_headers": {"agent.name": "X-Agent"},
                 "media": {"codecs": ["opus"]}}
                """));

        assertEquals(ExitCode.OK, r.exit(), r.all());
        SIPOutboundTrunkInfo stored = server.trunks().iterator().next();
        assertEquals("calls.acme.example", stored.getFromHost());
        assertEquals(Map.of("agent.name", "X-Agent"), stored.getAttributesToHeadersMap());
        assertEquals(1, r.out().lines().filter(l -> l.contains("from_host, attributes_to_headers")).count(), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("warning trunk: Not sent") && l.contains("media"))
                .count(), r.out());
    }

    @Test
    void exportShowsEveryFieldButThePasswordInAShapeLkCreates() throws Exception {
        String id = server.addTrunk(EveryField.trunk(PASSWORD));

        Result export = run("export", id);

        assertEquals(ExitCode.OK, export.exit(), export.all());
        JsonObject trunk = JsonParser.parseString(export.out()).getAsJsonObject().getAsJsonObject("trunk");
        for (String field : EveryField.EXPORTED) {
            assertTrue(trunk.has(field), field + " missing from " + trunk);
        }
        for (String field : List.of("auth_password", "sip_trunk_id", "created_at", "updated_at")) {
            assertFalse(trunk.has(field), field + " in " + trunk);
        }
        // lk refuses fields it does not know: a strict parse by LiveKit's own classes stands in for it.
        CreateSIPOutboundTrunkRequest.Builder lk = CreateSIPOutboundTrunkRequest.newBuilder();
        JsonFormat.parser().merge(export.out(), lk);
        assertEquals(EveryField.trunk("").toBuilder().setUnknownFields(UnknownFieldSet.getDefaultInstance()).build(), lk.getTrunk());
    }

    @Test
    void exportStatesMediaEncryptionEvenWhenItIsOff() {
        String id = server.addTrunk(EveryField.trunk("").toBuilder()
                .setMediaEncryption(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_DISABLE).build());
        JsonObject trunk = JsonParser.parseString(run("export", id).out()).getAsJsonObject().getAsJsonObject("trunk");
        assertEquals("SIP_MEDIA_ENCRYPT_DISABLE", trunk.get("media_encryption").getAsString(), trunk.toString());
    }

    @Test
    void testConnectionAndItsRefusals() {
        Result ok = run("test-connection");
        assertEquals(ExitCode.OK, ok.exit(), ok.all());
        assertTrue(ok.out().contains(KEY));

        env.put("LIVEKIT_API_SECRET", "wrong-secret-value");
        Result wrongSecret = run("test-connection");
        assertEquals(ExitCode.REFUSED, wrongSecret.exit());
        assertTrue(wrongSecret.out().startsWith("error api_secret:"), wrongSecret.out());

        env.put("LIVEKIT_API_SECRET", SECRET);
        env.put("LIVEKIT_URL", "http://acme.livekit.cloud");
        Result insecure = run("list");
        assertEquals(ExitCode.REFUSED, insecure.exit());
        assertTrue(insecure.out().startsWith("error livekit_url:"), insecure.out());
    }

    @Test
    void unreachableOrFailingServersExitThreeQuickly() throws IOException {
        List<Runnable> faults = List.of(
                () -> server.failAlways(Fault.slow(Duration.ofSeconds(3))),
                () -> server.failAlways(Fault.status(500)),
                () -> server.failAlways(Fault.status(503)),
                () -> server.failAlways(Fault.garbage()),
                () -> server.failAlways(Fault.drop()));
        String file = trunkFile("Acme", "sip.telnyx.com");
        for (Runnable fault : faults) {
            server.clearFaults();
            fault.run();
            for (String[] command : List.of(new String[] {"test-connection"}, new String[] {"create", file})) {
                long start = System.nanoTime();
                Result r = run(command);
                assertEquals(ExitCode.UNREACHABLE, r.exit(), String.join(" ", command) + ": " + r.all());
                assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20);
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        env.put("LIVEKIT_URL", "http://127.0.0.1:" + port);
        Result dead = run("test-connection");
        assertEquals(ExitCode.UNREACHABLE, dead.exit(), dead.all());
        assertTrue(dead.out().startsWith("error livekit_url:"), dead.out());
    }

    @Test
    void theStandardCliGivesUpOnASilentServerWithinTwentySeconds() {
        // The shipped timeouts (connect 5 s, read 15 s), end to end: this one test waits for real.
        server.failAlways(Fault.slow(Duration.ofSeconds(30)));
        long start = System.nanoTime();
        Result r = runs.runAsShipped("test-connection");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        String printed = r.all();
        assertEquals(ExitCode.UNREACHABLE, r.exit(), printed);
        assertTrue(seconds >= 14 && seconds < 20, "gave up after " + seconds + " s");
        assertTrue(printed.contains("15 seconds"), printed);
    }

    @Test
    void usageErrors() {
        env.remove("LIVEKIT_API_SECRET");
        Result missing = run("list");
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains("LIVEKIT_API_SECRET"), missing.err());


    }

    @Test
    void anotherKindOfIdIsRefusedInputExitOneAndNeverSent() {
        for (String wrong : List.of("TK0123456789abcdef0123456789abcdef", "SDR_o9uDVJ2spazs", "SCL_o9uDVJ2spazs",
                "PN_PPN_ACRcLgLG8e2t", "PA_o9uDVJ2spazs")) {
            Result r = run("delete", wrong);
            assertEquals(ExitCode.REFUSED, r.exit(), wrong + ": " + r.all());
            assertTrue(r.all().contains("error sip_trunk_id:"), r.all());
            assertTrue(r.all().contains("not a"), r.all());
        }
        assertTrue(run("delete", "TK0123456789abcdef0123456789abcdef").all().contains("Twilio"));
        assertTrue(server.received().isEmpty());
    }

    @Test
    void anIdLiveKitIssuedWorksInEveryCommandWhateverItsShape() throws IOException {
        server.issueUnusualTrunkIds();
        Result created = run("create", trunkFile("Acme", "sip.telnyx.com"));
        assertEquals(ExitCode.OK, created.exit(), created.all());
        String id = trunkIdIn(created.out());
        assertEquals(LiveKitTestServer.UNUSUAL_TRUNK_ID, id);

        Result export = run("export", id);
        assertEquals(ExitCode.OK, export.exit(), export.all());
        assertTrue(export.out().contains("sip.telnyx.com"), export.out());
        assertFalse(export.err().contains("error"), export.err());
        Result update = run("update", id, trunkFile("Acme", "sip.telnyx.eu"));
        assertEquals(ExitCode.OK, update.exit(), update.all());
        // Rules take inbound trunks only: the one made like this trunk gets the next unusual ID.
        Result inbound = run("inbound", "create", "--like", id);
        assertEquals(ExitCode.OK, inbound.exit(), inbound.all());
        String inboundId = inbound.out().lines().filter(l -> l.startsWith("Inbound trunk ID: "))
                .map(l -> l.substring("Inbound trunk ID: ".length())).findFirst().orElseThrow();
        Result rule = run("dispatch-rule", "create", "--trunk", inboundId);
        assertEquals(ExitCode.OK, rule.exit(), rule.all());
        Result call = run("call", "--trunk", id, "--to", "+16502530000");
        assertEquals(ExitCode.OK, call.exit(), call.all());
        Result delete = run("delete", id);
        assertEquals(ExitCode.OK, delete.exit(), delete.all());
        assertTrue(server.trunks().isEmpty());
    }

    @Test
    void anOddlyShapedIdGoesToTheServerAndItsNotFoundIsExplained() {
        Result r = run("delete", "ST_nope");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertEquals(1, server.received("DeleteSIPTrunk").size(), "the server decides");
        assertTrue(r.all().contains("warning sip_trunk_id:"), "the odd shape is a warning: " + r.all());
        assertTrue(r.out().contains("error sip_trunk_id: LiveKit has no such trunk"), r.out());
    }

    @Test
    void serverNamesCannotForgeLinesOrDriveTheTerminal() {
        String evil = "Evil\u001b[2J\r\nTrunk ID: ST_forged\u202egnp.exe\u2066";
        String id = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName(evil).setAddress("sip.telnyx.com")
                .addNumbers("+15551234567").build());

        Result list = run("list");
        assertEquals(ExitCode.OK, list.exit(), list.all());
        assertEquals(1, list.out().lines().count(), list.out());
        assertTrue(list.out().startsWith(id + "  Evil\\u001b[2J\\r\\nTrunk ID: ST_forged\\u202egnp.exe\\u2066  "),
                list.out());
        for (char c : new char[] {'\u001b', '\r', '\u202e', '\u2066'}) {
            assertEquals(-1, list.out().indexOf(c), "raw U+" + Integer.toHexString(c) + " in: " + list.out());
        }

        Result json = run("list", "--json");
        JsonObject item = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("items").get(0)
                .getAsJsonObject();
        assertEquals(evil, item.get("name").getAsString(), "JSON output stays exact");
    }

    @Test
    void aCreateThatTimedOutAndLandedLaterIsNotMadeAgainByAnImmediateRerun() throws IOException {
        // LiveKit holds the create past the client's patience, then makes the trunk.
        server.failNext(Fault.slow(Duration.ofMillis(2500)).on("CreateSIPOutboundTrunk"));
        String file = trunkFile("Acme", "sip.telnyx.com");
        Result first = run("create", file);
        assertEquals(ExitCode.UNREACHABLE, first.exit(), first.all());

        Result rerun = run("create", file);

        assertEquals(ExitCode.OK, rerun.exit(), rerun.all());
        assertTrue(rerun.err().contains("An earlier create of this trunk"), "the wait is explained: " + rerun.all());
        assertTrue(rerun.out().contains("already exists"), rerun.out());
        assertEquals(1, server.received("CreateSIPOutboundTrunk").size(), "no second create was sent");
        assertEquals(server.trunks().iterator().next().getSipTrunkId(), trunkIdIn(rerun.out()));
    }
}
