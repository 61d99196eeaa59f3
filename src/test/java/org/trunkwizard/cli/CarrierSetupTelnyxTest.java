package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trunkwizard.carriers.telnyx.server.TelnyxTestServer;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** carrier numbers/setup telnyx end to end: CLI -> Telnyx-compatible server and LiveKit-compatible server. */
class CarrierSetupTelnyxTest {

    static final String KEY = "KEY-TELNYX-SENTINEL-c0ffee";
    static final String LK_SECRET = "SECRET-SENTINEL-telnyx-9d21";
    static final String LK_KEY = "APItelnyxKey";
    static final String NUMBER = "+15557770001";
    static final String NUMBER2 = "+15557770002";
    static final String SIP_URI = "sip:abc123.sip.livekit.cloud";

    TelnyxTestServer telnyx;
    LiveKitTestServer livekit;
    Map<String, String> env;
    CliRuns runs;
    String name;

    @BeforeEach
    void start() {
        telnyx = TelnyxTestServer.start(KEY);
        telnyx.addNumber(NUMBER);
        telnyx.addNumber(NUMBER2);
        livekit = LiveKitTestServer.start();
        livekit.addKey(LK_KEY, LK_SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", livekit.url(), "LIVEKIT_API_KEY", LK_KEY,
                "LIVEKIT_API_SECRET", LK_SECRET, "TELNYX_API_KEY", KEY,
                "TRUNKWIZARD_TELNYX_API_BASE", telnyx.base()));
        runs = new CliRuns(env);
        name = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(KEY, LK_SECRET));
        secrets.addAll(telnyx.passwords());
        runs.assertNothingLeaked(secrets.toArray(String[]::new));
        Sentinels.assertAbsentFromFiles(AppDirs.configDir().resolve("carriers"), secrets, "carrier state");
        telnyx.close();
        livekit.close();
    }

    Result setup(String... extra) {
        List<String> args = new ArrayList<>(List.of("carrier", "setup", "telnyx", "--number", NUMBER, "--name", name));
        args.addAll(List.of(extra));
        return runs.run(args.toArray(String[]::new));
    }

    Result undo() {
        return runs.run("carrier", "setup", "telnyx", "--undo", "--name", name);
    }

    static String lineValue(String out, String label) {
        return SetupCommandsTest.lineValue(out, label);
    }

    SIPOutboundTrunkInfo onlyTrunk() {
        assertEquals(1, livekit.trunks().size());
        return livekit.trunks().iterator().next();
    }

    @Test
    void numbersListsWhatTheAccountOwnsAndItsConnection() {
        String admins = telnyx.addConnection("Office PBX", "officepbx01");
        assertEquals(0, runs.run("carrier", "setup", "telnyx", "--number", NUMBER2, "--name", name).exit());
        Result r = runs.run("carrier", "numbers", "telnyx");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(NUMBER + "  ") && l.endsWith("not in use")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(NUMBER2 + "  ") && l.contains("on connection ")),
                r.out());
        JsonObject doc = JsonParser.parseString(runs.run("carrier", "numbers", "telnyx", "--json").out())
                .getAsJsonObject();
        assertEquals(2, doc.getAsJsonArray("numbers").size());
        assertFalse(admins.isEmpty());
    }

    @Test
    void fromNothingToBothSidesMatch() {
        Result r = setup("--number", NUMBER2, "--countries", "US,GB");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Both sides match."), r.out());
        String connection = lineValue(r.out(), "Telnyx connection: ");
        String st = lineValue(r.out(), "Trunk ID: ");
        assertTrue(st.startsWith("ST_"), r.out());
        JsonObject c = telnyx.connection(connection);
        JsonObject outbound = c.getAsJsonObject("outbound");
        assertFalse(outbound.get("call_parking_enabled").getAsBoolean());
        String profile = outbound.get("outbound_voice_profile_id").getAsString();
        assertEquals(List.of("US", "GB"), telnyx.destinationsOf(profile));
        assertEquals(connection, telnyx.connectionOf(NUMBER));
        assertEquals(connection, telnyx.connectionOf(NUMBER2));
        SIPOutboundTrunkInfo lk = onlyTrunk();
        String user = c.get("user_name").getAsString();
        assertTrue(user.matches("[a-z0-9]{4,32}"), user);
        assertEquals("sip.telnyx.com", lk.getAddress());
        assertEquals(user, lk.getAuthUsername());
        assertEquals(user, lk.getHeadersMap().get("X-Telnyx-Username"));
        assertEquals(List.of(NUMBER, NUMBER2), lk.getNumbersList());
        assertEquals(List.of(lk.getAuthPassword()), telnyx.passwords(), "the same password on both sides");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("create telnyx outbound voice profile " + name
                + " (US,GB): created")), r.out());
    }

    @Test
    void aRegionPicksTheAddressAndIncomingCallsGetAnFqdnConnection() {
        Result r = setup("--telnyx-region", "europe", "--livekit-sip-uri", SIP_URI);
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Both sides match."), r.out());
        assertEquals("sip.telnyx.eu", onlyTrunk().getAddress());
        assertEquals(1, telnyx.fqdnConnectionCount());
        String inbound = telnyx.connectionOf(NUMBER);
        assertEquals(List.of("abc123.sip.livekit.cloud:5060"), telnyx.fqdnsOf(inbound));
        assertEquals(2, setup("--telnyx-region", "mars").exit());
    }

    @Test
    void rerunCreatesNothing() {
        assertEquals(0, setup("--livekit-sip-uri", SIP_URI).exit());
        int changes = telnyx.changes();
        Result again = setup("--livekit-sip-uri", SIP_URI);
        assertEquals(0, again.exit(), again.all());
        assertEquals(changes, telnyx.changes(), "a rerun changed something on Telnyx:\n" + again.out());
        assertEquals(1, livekit.trunks().size());
        assertTrue(again.out().contains("Both sides match."), again.out());
        assertFalse(again.out().contains(": created"), again.out());
    }

    @Test
    void aUserNameHeldByAnotherTelnyxCustomerIsReplacedByANewOne() {
        telnyx.takeNextUserNames(2);
        Result r = setup();
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Both sides match."), r.out());
        assertEquals(1, telnyx.connectionCount());
        telnyx.takeNextUserNames(3);
        Result other = runs.run("carrier", "setup", "telnyx", "--number", NUMBER2, "--name", "b-" + name);
        assertEquals(1, other.exit(), other.all());
        assertTrue(other.out().contains("Telnyx error 10015") && other.out().contains("/user_name"), other.out());
    }

    @Test
    void anAdminsConnectionWithTheSameNameKeepsItsPassword() {
        String admins = telnyx.addConnection(name, "officepbx02");
        Result r = setup();
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("was not made by this setup"), r.out());
        assertEquals(0, telnyx.changes(), "nothing changed, least of all its password");
        assertEquals(List.of("ADMIN-CONNECTION-PASSWORD-1"), telnyx.passwords());
        assertEquals(0, setup("--name", "other-" + name).exit());
        assertFalse(admins.isEmpty());
    }

    @Test
    void jsonHasTheCarrierIdsTrunkIdAndSteps() {
        JsonObject doc = JsonParser.parseString(setup("--json").out()).getAsJsonObject();
        JsonObject carrier = doc.getAsJsonObject("carrier");
        assertEquals("telnyx", carrier.get("name").getAsString());
        assertFalse(carrier.get("connection_id").getAsString().isEmpty());
        assertFalse(carrier.get("outbound_voice_profile_id").getAsString().isEmpty());
        assertTrue(doc.get("trunk_id").getAsString().startsWith("ST_"));
        JsonObject first = doc.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertTrue(first.has("action") && first.has("target") && first.has("result"));
        assertTrue(doc.get("both_sides_match").getAsBoolean());
    }

    @Test
    void dryRunOnlyReads() {
        Result r = setup("--dry-run", "--livekit-sip-uri", SIP_URI);
        assertEquals(0, r.exit(), r.all());
        assertEquals(0, telnyx.changes());
        assertTrue(livekit.trunks().isEmpty());
        assertTrue(r.out().contains("create telnyx connection " + name + ": planned"), r.out());
        assertTrue(r.out().contains("create fqdn abc123.sip.livekit.cloud:5060: planned"), r.out());
    }

    @Test
    void aNumberTheAccountDoesNotOwnIsRefusedBeforeAnyChange() {
        Result r = runs.run("carrier", "setup", "telnyx", "--number", "+15559999999", "--name", name);
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("+15559999999 is not one of this Telnyx account's numbers"), r.out());
        assertEquals(0, telnyx.changes());
    }

    @Test
    void wrongKeyNamesTelnyxsCodeAndTheFix() {
        env.put("TELNYX_API_KEY", "KEY-not-the-one");
        Result r = setup();
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("Telnyx error 10009"), r.out());
        assertTrue(r.out().contains("TELNYX_API_KEY"), r.out());
        env.remove("TELNYX_API_KEY");
        Result none = setup();
        assertEquals(2, none.exit(), none.all());
        assertTrue(none.err().contains("TELNYX_API_KEY"), none.err());
    }

    @Test
    void plainHttpToAnotherComputerIsRefused() {
        env.put("TRUNKWIZARD_TELNYX_API_BASE", "http://telnyx.example.com");
        Result r = setup();
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("TRUNKWIZARD_TELNYX_API_BASE"), r.err());
    }

    @ParameterizedTest(name = "{0} {1} answers {2}")
    @CsvSource({
        "POST, /v2/outbound_voice_profiles, 500, 3",
        "POST, /v2/credential_connections, 429, 3",
        "POST, /v2/fqdn_connections, 500, 3",
        "POST, /v2/fqdns, 422, 1",
        "PATCH, /v2/phone_numbers/.*, 500, 3",
        "GET, /v2/credential_connections/.*, 500, 3",
    })
    void aFailureAtAStepLeavesWhatARerunCompletesAndUndoRemoves(String method, String path, int status, int exit) {
        telnyx.failNext(method, path, status);
        Result failed = setup("--livekit-sip-uri", SIP_URI);
        assertEquals(exit, failed.exit(), failed.all());
        assertTrue(failed.out().contains("run the same command again") || failed.out().contains("trying again")
                || failed.out().contains("same command again"), failed.out());
        Result rerun = setup("--livekit-sip-uri", SIP_URI);
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("Both sides match."), rerun.out());
        assertEquals(1, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        assertEquals(1, telnyx.fqdnConnectionCount());
        assertEquals(List.of(onlyTrunk().getAuthPassword()), telnyx.passwords());
        Result undo = undo();
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(0, telnyx.connectionCount());
        assertEquals(0, telnyx.profileCount());
        assertEquals(0, telnyx.fqdnConnectionCount());
        assertEquals("", telnyx.connectionOf(NUMBER));
        assertTrue(livekit.trunks().isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} is made, then answered 500")
    @CsvSource({
        "POST, /v2/outbound_voice_profiles",
        "POST, /v2/credential_connections",
        "POST, /v2/fqdn_connections",
        "POST, /v2/fqdns",
        "PATCH, /v2/phone_numbers/.*",
    })
    void aStepThatFailsHalfWayIsNeitherMadeTwiceNorLeftBehindByUndo(String method, String path) {
        telnyx.failNextAfterApplying(method, path, 500);
        assertEquals(3, setup("--livekit-sip-uri", SIP_URI).exit());
        Result rerun = setup("--livekit-sip-uri", SIP_URI);
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("Both sides match."), rerun.out());
        assertEquals(1, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        assertEquals(1, telnyx.fqdnConnectionCount());
        assertEquals(List.of(onlyTrunk().getAuthPassword()), telnyx.passwords());
        Result undo = undo();
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(0, telnyx.connectionCount(), undo.out());
        assertEquals(0, telnyx.profileCount(), undo.out());
        assertEquals(0, telnyx.fqdnConnectionCount(), undo.out());
        assertEquals("", telnyx.connectionOf(NUMBER));
    }

    @Test
    void aLiveKitFailureAfterTheCarrierSideIsCompletedByARerun() {
        livekit.failNext("CreateSIPOutboundTrunk", Fault.status(403));
        Result failed = setup("--json");
        assertEquals(1, failed.exit(), failed.all());
        JsonObject doc = JsonParser.parseString(failed.out()).getAsJsonObject();
        assertFalse(doc.get("ok").getAsBoolean());
        assertTrue(doc.getAsJsonArray("steps").size() >= 3, "what exists is said: " + failed.out());
        Result rerun = setup();
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("(new password): updated"), rerun.out());
        assertEquals(List.of(onlyTrunk().getAuthPassword()), telnyx.passwords());
    }

    @Test
    void undoRemovesWhatWasCreatedAndNothingElse() {
        String admins = telnyx.addConnection("Office PBX", "officepbx01");
        livekit.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Other").setAddress("acme.pstn.twilio.com")
                .addNumbers("+15550000000").build());
        assertEquals(0, setup("--livekit-sip-uri", SIP_URI).exit());
        Result undo = undo();
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(1, telnyx.connectionCount());
        assertEquals("officepbx01", telnyx.connection(admins).get("user_name").getAsString());
        assertEquals(0, telnyx.profileCount());
        assertEquals(0, telnyx.fqdnConnectionCount());
        assertEquals("Other", onlyTrunk().getName());
        assertFalse(Path.of(AppDirs.configDir().toString(), "carriers", "telnyx-" + name + ".json").toFile()
                .exists());
        Result again = undo();
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.out().contains("nothing recorded"), again.out());
    }

    @Test
    void aNumberOnAnotherConnectionIsShownAndMovedOnlyOnRequestAndUndoPutsItBack() {
        String admins = telnyx.addConnection("Office PBX", "officepbx01");
        telnyx.assign(NUMBER, admins);
        int before = telnyx.changes();

        Result plan = setup("--dry-run");
        assertEquals(0, plan.exit(), plan.all());
        assertTrue(plan.out().contains("move number " + NUMBER + " from connection " + admins + ": in use"),
                plan.out());
        Result refused = setup();
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.out().contains("--move-numbers"), refused.out());
        assertEquals(before, telnyx.changes(), "nothing changed without the admin's choice");
        assertEquals(admins, telnyx.connectionOf(NUMBER));

        Result moved = setup("--move-numbers");
        assertEquals(0, moved.exit(), moved.all());
        assertTrue(moved.out().contains("move number " + NUMBER + " from connection " + admins), moved.out());
        assertFalse(admins.equals(telnyx.connectionOf(NUMBER)));
        Result undo = undo();
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(admins, telnyx.connectionOf(NUMBER), "undo put the number back where it was");
        assertTrue(undo.out().contains("move back number"), undo.out());
    }

    /** A number the admin has moved since the setup is theirs again: undo leaves it and says so, not "moved back". */
    @Test
    void aNumberTheAdminMovedSinceIsLeftWhereItIsAndTheUndoSaysSo() {
        assertEquals(0, setup().exit());
        String admins = telnyx.addConnection("Office PBX", "officepbx01");
        telnyx.assign(NUMBER, admins);
        Result undo = undo();
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(admins, telnyx.connectionOf(NUMBER), "the admin's choice stands");
        assertTrue(undo.out().lines().anyMatch(l -> l.startsWith("unassign number ") && l.endsWith(": moved-since")),
                undo.out());
        assertFalse(undo.out().contains(": unassigned"), undo.out());
    }

    /**
     * Telnyx deleted the connection but its answer was lost, so the undo failed there: running it again counts the
     * 404 on that connection as done, removes the rest, and repeats nothing removed before the failure.
     */
    @Test
    void anUndoWhoseDeleteWasMadeButNotAnsweredIsFinishedByRunningItAgain() {
        assertEquals(0, setup("--livekit-sip-uri", SIP_URI).exit());
        telnyx.failNextAfterApplying("DELETE", "/v2/credential_connections/.*", 500);
        Result failed = undo();
        assertEquals(3, failed.exit(), failed.all());
        assertEquals(0, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        assertTrue(livekit.trunks().isEmpty());

        Result rest = undo();
        assertEquals(0, rest.exit(), rest.all());
        assertFalse(rest.out().contains("livekit trunk") || rest.out().contains("number ")
                || rest.out().contains("fqdn connection"), "nothing removed before is touched again: " + rest.out());
        assertTrue(rest.out().contains("delete telnyx outbound voice profile"), rest.out());
        assertEquals(0, telnyx.profileCount());
        assertEquals(0, telnyx.fqdnConnectionCount());
        assertEquals("", telnyx.connectionOf(NUMBER));
        assertFalse(Path.of(AppDirs.configDir().toString(), "carriers", "telnyx-" + name + ".json").toFile()
                .exists());
    }
}
