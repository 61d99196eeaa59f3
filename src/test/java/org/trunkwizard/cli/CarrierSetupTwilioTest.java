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
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** carrier numbers/setup twilio end to end: CLI -> Twilio-compatible server and LiveKit-compatible server. */
class CarrierSetupTwilioTest {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "1";
    static final String TOKEN = "TWILIO-TOKEN-SENTINEL-4b1e99";
    static final String LK_SECRET = "SECRET-SENTINEL-carrier-51aa0c";
    static final String LK_KEY = "APIcarrierKey";
    static final String NUMBER = "+15551230001";
    static final String NUMBER2 = "+15551230002";

    TwilioTestServer twilio;
    LiveKitTestServer livekit;
    Map<String, String> env;
    CliRuns runs;
    /** Each test its own trunk name, so state files in the shared test config folder never meet. */
    String name;

    @BeforeEach
    void start() {
        twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
        twilio.addNumber(NUMBER);
        twilio.addNumber(NUMBER2);
        livekit = LiveKitTestServer.start();
        livekit.addKey(LK_KEY, LK_SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", livekit.url(), "LIVEKIT_API_KEY", LK_KEY,
                "LIVEKIT_API_SECRET", LK_SECRET, "TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", TOKEN,
                "TRUNKWIZARD_TWILIO_API_BASE", twilio.base()));
        runs = new CliRuns(env);
        name = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(TOKEN, LK_SECRET));
        secrets.addAll(twilio.passwords());
        runs.assertNothingLeaked(secrets.toArray(String[]::new));
        Sentinels.assertAbsentFromFiles(AppDirs.configDir().resolve("carriers"), secrets, "carrier state");
        twilio.close();
        livekit.close();
    }

    Result setup(String... extra) {
        List<String> args = new ArrayList<>(List.of("carrier", "setup", "twilio", "--number", NUMBER, "--name", name));
        args.addAll(List.of(extra));
        return runs.run(args.toArray(String[]::new));
    }

    static String lineValue(String out, String label) {
        return SetupCommandsTest.lineValue(out, label);
    }

    @Test
    void numbersListsWhatTheAccountOwnsAndItsUse() {
        twilio.useNumberInApp(NUMBER2, "AP" + "0".repeat(32));
        Result r = runs.run("carrier", "numbers", "twilio");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains(NUMBER + "  PN"), r.out());
        assertTrue(r.out().contains("on app AP"), r.out());
        JsonObject doc = JsonParser.parseString(runs.run("carrier", "numbers", "twilio", "--json").out())
                .getAsJsonObject();
        assertEquals(2, doc.getAsJsonArray("numbers").size());
    }

    @Test
    void fromNothingToBothSidesMatch() {
        Result r = setup("--number", NUMBER2, "--livekit-sip-uri", "sip:abc123.sip.livekit.cloud");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Both sides match."), r.out());
        String tk = lineValue(r.out(), "Twilio trunk: ");
        String st = lineValue(r.out(), "Trunk ID: ");
        assertTrue(tk.startsWith("TK") && st.startsWith("ST_"), r.out());
        assertEquals("CREDENTIAL_LIST", twilio.authType(tk));
        assertEquals(List.of(NUMBER, NUMBER2), twilio.numbersOn(tk));
        SIPOutboundTrunkInfo lk = livekit.trunks().iterator().next();
        assertEquals(name + ".pstn.twilio.com", lk.getAddress());
        assertEquals(List.of(NUMBER, NUMBER2), lk.getNumbersList());
        assertEquals(List.of(lk.getAuthPassword()), twilio.passwords(), "the same password on both sides");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("create origination url sip:abc123")), r.out());
    }

    @Test
    void rerunCreatesNothing() {
        assertEquals(0, setup().exit());
        int changes = twilio.changes();
        Result again = setup();
        assertEquals(0, again.exit(), again.all());
        assertEquals(changes, twilio.changes(), "a rerun changed something on Twilio:\n" + again.out());
        assertEquals(1, livekit.trunks().size());
        assertTrue(again.out().contains("Both sides match."), again.out());
        assertFalse(again.out().contains(": created"), again.out());
    }

    @Test
    void aCredentialListDeletedInTheConsoleIsMadeAgainWithLiveKitsPasswordFollowing() {
        assertEquals(0, setup().exit());
        twilio.deleteCredentialLists();
        Result again = setup();
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.out().contains("Both sides match."), again.out());
        assertEquals(1, livekit.trunks().size());
        assertEquals(List.of(livekit.trunks().iterator().next().getAuthPassword()), twilio.passwords());
    }

    @Test
    void jsonHasTheCarrierIdsTrunkIdAndSteps() {
        JsonObject doc = JsonParser.parseString(setup("--json").out()).getAsJsonObject();
        assertTrue(doc.getAsJsonObject("carrier").get("trunk_sid").getAsString().startsWith("TK"));
        assertTrue(doc.get("trunk_id").getAsString().startsWith("ST_"));
        JsonObject first = doc.getAsJsonArray("steps").get(0).getAsJsonObject();
        assertEquals("create", first.get("action").getAsString());
        assertTrue(first.has("target") && first.has("result"));
        assertTrue(doc.get("both_sides_match").getAsBoolean());
    }

    @Test
    void countriesAreCheckedAndNeverEnabledBehindTheAdminsBack() {
        Result r = setup("--countries", "US,gb");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("check dialing permission US: enabled"), r.out());
        assertTrue(r.out().contains("check dialing permission GB: disabled"), r.out());
        assertTrue(r.out().contains("calls to GB are not allowed"), r.out());
        assertTrue(r.out().contains("Both sides match."), r.out());
        assertEquals(2, setup("--countries", "USA").exit());
    }

    @Test
    void dryRunOnlyReads() {
        Result r = setup("--dry-run");
        assertEquals(0, r.exit(), r.all());
        assertEquals(0, twilio.changes());
        assertTrue(livekit.trunks().isEmpty());
        assertTrue(r.out().contains("create twilio trunk " + name + " (" + name + ".pstn.twilio.com): planned"),
                r.out());
    }

    @Test
    void aNumberTheAccountDoesNotOwnIsRefusedBeforeAnyChange() {
        Result r = runs.run("carrier", "setup", "twilio", "--number", "+15559999999", "--name", name);
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("+15559999999 is not one of this Twilio account's numbers"), r.out());
        assertEquals(0, twilio.changes());
    }

    @Test
    void aNumberOnAnAppIsNotTakenFromIt() {
        twilio.useNumberInApp(NUMBER, "AP" + "1".repeat(32));
        Result r = setup();
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("already used by AP"), r.out());
        assertEquals(0, twilio.changes());
    }

    @Test
    void numbersInUseAreShownInThePlanMovedOnlyOnRequestAndUndoPutsThemBack() {
        String app = "AP" + "3".repeat(32);
        twilio.useNumberInApp(NUMBER, app);
        String admins = twilio.addTrunk("Admin's", "admins.pstn.twilio.com");
        // Another setup's trunk holds NUMBER2.
        String otherTrunk = lineValue(runs.run("carrier", "setup", "twilio", "--number", NUMBER2, "--name",
                "other-" + name).out(), "Twilio trunk: ");
        int before = twilio.changes();

        Result plan = setup("--number", NUMBER2, "--dry-run");
        assertEquals(0, plan.exit(), plan.all());
        assertTrue(plan.out().contains("move number " + NUMBER + " from app " + app + ": in use"), plan.out());
        assertTrue(plan.out().contains("move number " + NUMBER2 + " from trunk " + otherTrunk + ": in use"),
                plan.out());
        Result refused = setup("--number", NUMBER2);
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.out().contains("--move-numbers"), refused.out());
        assertEquals(before, twilio.changes(), "nothing changed without the admin's choice");

        Result moved = setup("--number", NUMBER2, "--move-numbers");
        assertEquals(0, moved.exit(), moved.all());
        assertTrue(moved.out().contains("Both sides match."), moved.out());
        String mine = lineValue(moved.out(), "Twilio trunk: ");
        assertEquals(List.of(NUMBER, NUMBER2), twilio.numbersOn(mine));
        assertEquals(List.of(), twilio.numbersOn(otherTrunk));

        Result undo = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(List.of(NUMBER2), twilio.numbersOn(otherTrunk), "undo put the number back on its trunk");
        assertEquals(app, twilio.appOf(NUMBER), "and the other back on its app");
        assertTrue(undo.out().contains("move back number"), undo.out());
        assertTrue(twilio.numbersOn(admins).isEmpty());
    }

    /**
     * The trunk a number was moved from is deleted before the undo: the number cannot go back, and the undo must say
     * so instead of reporting it moved back (Twilio answers 404 for the gone trunk).
     */
    @Test
    void aNumberWhoseOldTrunkIsGoneIsNotReportedAsMovedBack() {
        runs.run("carrier", "setup", "twilio", "--number", NUMBER2, "--name", "other-" + name);
        Result moved = setup("--number", NUMBER2, "--move-numbers");
        assertEquals(0, moved.exit(), moved.all());
        Result otherGone = runs.run("carrier", "setup", "twilio", "--undo", "--name", "other-" + name);
        assertEquals(0, otherGone.exit(), otherGone.all());

        Result undo = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, undo.exit(), undo.all());
        assertFalse(undo.out().contains("moved back"), undo.out());
        assertTrue(undo.out().lines().anyMatch(l -> l.startsWith("move back number PN") && l.endsWith(": old-place-gone")),
                undo.out());
        assertEquals(0, twilio.trunkCount(), "both trunks are gone");
    }

    @Test
    void wrongCredentialsNameTwiliosCodeAndTheFix() {
        env.put("TWILIO_AUTH_TOKEN", "not-the-token-0000");
        Result r = setup();
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("Twilio error 20003"), r.out());
        assertTrue(r.out().contains("TWILIO_AUTH_TOKEN"), r.out());
    }

    @Test
    void anApiKeyWorksInsteadOfTheAuthToken() {
        twilio.addApiKey("SK" + "2".repeat(32), "KEY-SECRET-SENTINEL-0a9");
        env.remove("TWILIO_AUTH_TOKEN");
        env.put("TWILIO_API_KEY", "SK" + "2".repeat(32));
        env.put("TWILIO_API_SECRET", "KEY-SECRET-SENTINEL-0a9");
        Result r = setup();
        assertEquals(0, r.exit(), r.all());
        runs.assertNothingLeaked("KEY-SECRET-SENTINEL-0a9");
    }

    @Test
    void helpNamesTheCommandAndOtherCarriersAreAUsageError() {
        String help = runs.run("--help").out();
        for (String line : List.of("trunk-wizard carrier numbers twilio|telnyx [--json]",
                "trunk-wizard carrier setup twilio|telnyx --number", "trunk-wizard carrier login twilio",
                "trunk-wizard carrier logout twilio|telnyx")) {
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + line)), line + " on a line of its own: " + help);
        }
        Result vonage = runs.run("carrier", "setup", "vonage", "--number", NUMBER);
        assertEquals(2, vonage.exit(), vonage.all());
        assertTrue(vonage.err().contains("only twilio and telnyx"), vonage.err());
        env.remove("TWILIO_AUTH_TOKEN");
        Result none = setup();
        assertEquals(2, none.exit(), none.all());
        assertTrue(none.err().contains("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"), none.err());
    }

    @Test
    void aTelnyxRegionIsAUsageErrorForTwilio() {
        Result r = setup("--telnyx-region", "europe");
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("--telnyx-region is for carrier setup telnyx only"), r.err());
        assertEquals(0, twilio.changes());
    }

    @Test
    void plainHttpToAnotherComputerIsRefused() {
        env.put("TRUNKWIZARD_TWILIO_API_BASE", "http://twilio.example.com");
        Result r = setup();
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("TRUNKWIZARD_TWILIO_API_BASE"), r.err());
    }

    @ParameterizedTest(name = "{0} {1} answers {2}")
    @CsvSource({
        "POST, /v1/Trunks, 500, 3, While creating the trunk",
        "POST, .*/SIP/CredentialLists.json, 429, 3, While creating the credential list",
        "POST, .*/Credentials.json, 500, 3, While adding the username",
        "POST, /v1/Trunks/.*/CredentialLists, 500, 3, While attaching the credential list CL",
        "POST, /v1/Trunks/.*/PhoneNumbers, 500, 3, While moving the number (Twilio ID PN",
        "POST, /v1/Trunks/.*/OriginationUrls, 400, 1, While pointing the trunk TK",
    })
    void aFailureAtAStepSaysWhichChangeAndLeavesWhatARerunCompletes(String method, String path, int status, int exit,
            String names) {
        twilio.failNext(method, path, status);
        Result failed = setup("--livekit-sip-uri", "sip:abc123.sip.livekit.cloud");
        assertEquals(exit, failed.exit(), failed.all());
        assertTrue(failed.out().contains(names), "names the change that failed: " + failed.out());
        assertTrue(failed.out().contains("run the same command again") || failed.out().contains("trying again"),
                failed.out());
        Result rerun = setup("--livekit-sip-uri", "sip:abc123.sip.livekit.cloud");
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("Both sides match."), rerun.out());
        assertEquals(1, twilio.trunkCount());
        assertEquals(1, twilio.credentialListCount());
        assertEquals(1, livekit.trunks().size());
        assertEquals(List.of(livekit.trunks().iterator().next().getAuthPassword()), twilio.passwords());
    }

    /** Twilio made it, the answer was lost: the rerun must adopt it as this tool's, so undo removes it too. */
    @ParameterizedTest(name = "{0} {1} is made, then answered 500")
    @CsvSource({
        "POST, /v1/Trunks",
        "POST, .*/SIP/CredentialLists.json",
    })
    void aStepThatFailsHalfWayIsNeitherMadeTwiceNorLeftBehindByUndo(String method, String path) {
        twilio.failNextAfterApplying(method, path, 500);
        assertEquals(3, setup().exit());
        Result rerun = setup();
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("Both sides match."), rerun.out());
        assertEquals(1, twilio.trunkCount());
        assertEquals(1, twilio.credentialListCount());
        Result undo = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(0, twilio.trunkCount(), undo.out());
        assertEquals(0, twilio.credentialListCount(), undo.out());
    }

    @Test
    void aLiveKitFailureAfterTheCarrierSideIsCompletedByARerun() {
        livekit.failNext("CreateSIPOutboundTrunk", Fault.status(403));
        Result failed = setup("--json");
        assertEquals(1, failed.exit(), failed.all());
        JsonObject doc = JsonParser.parseString(failed.out()).getAsJsonObject();
        assertFalse(doc.get("ok").getAsBoolean());
        assertTrue(doc.getAsJsonArray("steps").size() >= 4, "what exists is said: " + failed.out());
        Result rerun = setup();
        assertEquals(0, rerun.exit(), rerun.all());
        assertTrue(rerun.out().contains("update twilio credential"), rerun.out());
        assertEquals(List.of(livekit.trunks().iterator().next().getAuthPassword()), twilio.passwords());
    }

    @Test
    void undoRemovesWhatWasCreatedAndNothingElse() {
        String admins = twilio.addTrunk("Admin's", "admins.pstn.twilio.com");
        livekit.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Other").setAddress("sip.telnyx.com")
                .addNumbers("+15550000000").build());
        assertEquals(0, setup("--livekit-sip-uri", "sip:abc123.sip.livekit.cloud").exit());
        Result undo = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(1, twilio.trunkCount());
        assertTrue(twilio.authType(admins).isEmpty());
        assertEquals(0, twilio.credentialListCount());
        assertEquals(1, livekit.trunks().size());
        assertEquals("Other", livekit.trunks().iterator().next().getName());
        assertEquals(List.of(), twilio.numbersOn(admins));
        Result again = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.out().contains("nothing recorded"), again.out());
    }

    @Test
    void undoOnAReusedTrunkTakesBackOnlyItsOwnAttachments() {
        String admins = twilio.addTrunk(name, "mine.pstn.twilio.com");
        Result r = setup();
        assertEquals(0, r.exit(), r.all());
        assertEquals(List.of(NUMBER), twilio.numbersOn(admins));
        Result undo = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, undo.exit(), undo.all());
        assertEquals(1, twilio.trunkCount());
        assertEquals(List.of(), twilio.numbersOn(admins));
        assertTrue(twilio.authType(admins).isEmpty());
        assertTrue(livekit.trunks().isEmpty());
    }

    @Test
    void undoAfterAFailedRunRemovesWhatThatRunMade() {
        twilio.failNext("POST", "/v1/Trunks/.*/PhoneNumbers", 500);
        assertEquals(3, setup().exit());
        assertEquals(0, runs.run("carrier", "setup", "twilio", "--undo", "--name", name).exit());
        assertEquals(0, twilio.trunkCount());
        assertEquals(0, twilio.credentialListCount());
        assertTrue(livekit.trunks().isEmpty());
        assertFalse(Path.of(AppDirs.configDir().toString(), "carriers", "twilio-" + name + ".json").toFile()
                .exists());
    }

    /**
     * An undo that fails after removing the trunk: running it again removes only what is left (the credential list),
     * without touching or reporting again what went with the trunk (its number, list attachment, origination URL).
     */
    @Test
    void anUndoThatFailsPartWayIsFinishedByRunningItAgainWhichRepeatsNothing() {
        assertEquals(0, setup("--livekit-sip-uri", "sip:abc123.sip.livekit.cloud").exit());
        twilio.failNext("DELETE", ".*/SIP/CredentialLists/CL\\w+\\.json", 400);
        Result failed = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(1, failed.exit(), failed.all());
        assertTrue(failed.out().contains("delete twilio trunk TK"), failed.out());
        assertTrue(failed.out().contains("run the same command again to remove the rest"), failed.out());
        assertEquals(0, twilio.trunkCount());
        assertEquals(1, twilio.credentialListCount());
        assertTrue(livekit.trunks().isEmpty());

        Result rest = runs.run("carrier", "setup", "twilio", "--undo", "--name", name);
        assertEquals(0, rest.exit(), rest.all());
        List<String> lines = rest.out().lines().toList();
        assertEquals(1, lines.size(), rest.out());
        assertTrue(lines.get(0).startsWith("delete twilio credential list CL") && lines.get(0).endsWith(": deleted"),
                rest.out());
        assertEquals(0, twilio.credentialListCount());
        assertFalse(Path.of(AppDirs.configDir().toString(), "carriers", "twilio-" + name + ".json").toFile()
                .exists());
    }
}
