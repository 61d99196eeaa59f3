package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trunkwizard.cli.CliRuns.Result;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** inbound create guards the new trunk as the carrier allows: allowed addresses, credentials, what the facts say. */
class InboundGuardCommandTest {

    static final String SECRET = "SECRET-SENTINEL-inbound-9e2a";
    static final String PASSWORD = "PASSWORD-SENTINEL-inbound-Zq81";
    static final String KEY = "APIinboundKey";

    LiveKitTestServer server;
    Map<String, String> env;
    CliRuns runs;
    String outbound;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
        server.addKey(KEY, SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", server.url(), "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET));
        runs = new CliRuns(env);
        outbound = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName("Acme").setAddress("sip.telnyx.com")
                .addNumbers("+15551234567").build());
    }

    @AfterEach
    void stop() {
        server.close();
        runs.assertNothingLeaked(SECRET);
        runs.assertNothingLeaked(PASSWORD);
    }

    SIPInboundTrunkInfo only() {
        assertEquals(1, server.inboundTrunks().size());
        return server.inboundTrunks().iterator().next();
    }

    @Test
    void allowedAddressesAndCredentialsReachTheNewTrunkAndThePasswordIsNeverAnArgumentNorPrinted() {
        env.put("TRUNK_AUTH_PASSWORD", PASSWORD);
        Result r = runs.run("inbound", "create", "--like", outbound, "--carrier", "telnyx",
                "--allowed-address", "192.0.2.0/24", "--allowed-address", "2001:db8::/32",
                "--auth-username", "acme-in");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        SIPInboundTrunkInfo made = only();
        assertEquals(List.of("192.0.2.0/24", "2001:db8::/32"), made.getAllowedAddressesList());
        assertEquals("acme-in", made.getAuthUsername());
        assertEquals(PASSWORD, made.getAuthPassword());
        assertTrue(r.out().contains("Takes calls from: 192.0.2.0/24, 2001:db8::/32"), r.all());
        assertTrue(r.out().contains("Telnyx sends these calls through an FQDN connection"), r.all());
    }

    @Test
    void anAddressLiveKitWouldSkipIsRefusedBeforeAnythingIsSent() {
        Result r = runs.run("inbound", "create", "--like", outbound, "--allowed-address", "192.0.2.0/24, 198.51.100.7");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.out().contains("error allowed_addresses[0]"), r.all());
        assertTrue(r.out().contains("takes calls from anywhere"), r.all());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty());
        assertTrue(server.received().isEmpty(), "nothing at all was sent");

        Result json = runs.run("inbound", "create", "--like", outbound, "--allowed-address", "pbx.example.com",
                "--json");
        JsonObject doc = JsonParser.parseString(json.out()).getAsJsonObject();
        assertFalse(doc.get("ok").getAsBoolean());
        assertEquals("allowed_addresses[0]", doc.getAsJsonArray("problems").get(0).getAsJsonObject()
                .get("field").getAsString());
    }

    @Test
    void twilioSendsNoCredentialsSoAUsernameIsRefusedAndTheNoteSaysWhereTheGuardComesFrom() {
        env.put("TRUNK_AUTH_PASSWORD", PASSWORD);
        Result refused = runs.run("inbound", "create", "--like", outbound, "--carrier", "twilio",
                "--auth-username", "x");
        assertEquals(ExitCode.REFUSED, refused.exit(), refused.all());
        assertTrue(refused.out().contains("error auth_username"), refused.all());
        assertTrue(server.inboundTrunks().isEmpty());

        Result ok = runs.run("inbound", "create", "--like", outbound, "--carrier", "twilio", "--json");
        assertEquals(ExitCode.OK, ok.exit(), ok.all());
        JsonObject doc = JsonParser.parseString(ok.out()).getAsJsonObject();
        assertTrue(doc.get("note").getAsString().contains("Origination URI"), ok.out());
        assertEquals(0, doc.getAsJsonObject("trunk").getAsJsonArray("allowed_addresses").size());
        assertTrue(only().getAuthUsername().isEmpty());
    }

    @Test
    void aTrunkAlreadyTakingTheNumbersIsReusedAndTheDifferentGuardIsSaid() {
        server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Old").addNumbers("+15551234567").build());
        Result r = runs.run("inbound", "create", "--like", outbound, "--allowed-address", "192.0.2.10");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("warning: this trunk was already there with other allowed addresses"), r.all());
        assertTrue(r.out().contains("from any address"), r.all());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty());
    }

    @Test
    void aUsernameWithoutAPasswordAnywhereIsAUsageError() {
        Result r = runs.run("inbound", "create", "--like", outbound, "--auth-username", "acme-in");
        assertEquals(ExitCode.USAGE, r.exit(), r.all());
        assertTrue(r.all().contains("TRUNK_AUTH_PASSWORD"), r.all());
        assertTrue(server.inboundTrunks().isEmpty());
    }

    @Test
    void theGuidesPublishedPasswordIsRefusedForAnInboundTrunkAsTheWindowRefusesItAndNothingIsSent() {
        env.put("TRUNK_AUTH_PASSWORD", "Em1ly_Trunk_2024!Secure");
        Result r = runs.run("inbound", "create", "--like", outbound, "--carrier", "telnyx",
                "--auth-username", "acme-in");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.out().contains("error auth_password"), r.all());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty(), "nothing was created");
        assertFalse(r.all().contains("Em1ly_Trunk_2024!Secure"), "the password is never repeated");
    }
}
