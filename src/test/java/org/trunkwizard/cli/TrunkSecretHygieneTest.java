package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.cli.trunk.TrunkInput;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/**
 * Issue 4 across the trunk commands: with sentinel values for the API secret and the trunk password, every command
 * a user runs (create with the password from TRUNK_AUTH_PASSWORD and from the file, dry runs, validate, list,
 * export, update, call, inbound create with credentials, dispatch-rule, test-connection, and failures whose server
 * text echoes the password) prints
 * neither, writes neither to the config folder or to an export, while the password does reach LiveKit.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class TrunkSecretHygieneTest {

    private static final String SECRET = "SENTINEL-apisecret-71c4e0";
    private static final String PASSWORD = "SENTINEL-Pw-env-9b2d44";
    private static final String FILE_PASSWORD = "SENTINEL-Pw-file-3e8a17";
    private static final List<String> SENTINELS = List.of(SECRET, PASSWORD, FILE_PASSWORD);

    @RegisterExtension
    final IsolatedJvm jvm = new IsolatedJvm();

    /** The user's own files: the input file holding a password is theirs, not one the tool wrote. */
    @TempDir
    Path work;
    /** Where the user sends what export prints ({@code trunk-wizard export ID > trunk.json}). */
    @TempDir
    Path exports;

    private LiveKitTestServer server;
    private Map<String, String> env;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        server = LiveKitTestServer.start();
        server.addKey("APIhygiene", SECRET);
        env = new HashMap<>(Map.of("LIVEKIT_URL", server.url(), "LIVEKIT_API_KEY", "APIhygiene",
                "LIVEKIT_API_SECRET", SECRET, TrunkInput.PASSWORD_ENV, PASSWORD));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CapturedConsole c = new CapturedConsole(Map.copyOf(env), null);
        int exit = c.run(args);
        printed.add(c.out());
        printed.add(c.err());
        return new Run(exit, c.out(), c.err());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    @Test
    void noCommandPrintsOrWritesTheApiSecretOrTheTrunkPassword() throws IOException {
        String withoutPassword = file("acme.json", """
                {"trunk": {"name": "Acme", "address": "sip.telnyx.com", "numbers": ["+16502530000"],
                  "auth_username": "acmeuser"}}
                """).toString();
        String withPassword = file("beta.txt", "Trunk name: Beta\nAddress: beta.pstn.twilio.com\n"
                + "Numbers: +1 650 253 0001\nUsername: betauser\nPassword: " + FILE_PASSWORD + "\n").toString();

        // create: the password from TRUNK_AUTH_PASSWORD, then from the file; each reaches LiveKit.
        Run created = run("create", withoutPassword, "--carrier", "telnyx");
        assertEquals(ExitCode.OK, created.exit(), created.out() + created.err());
        String acme = ApiCommandsTest.trunkIdIn(created.out());
        env.remove(TrunkInput.PASSWORD_ENV);
        Run fromFile = run("create", withPassword, "--json");
        assertEquals(ExitCode.OK, fromFile.exit(), fromFile.out() + fromFile.err());
        assertTrue(fromFile.out().contains("holds the trunk password in plain text"),
                "the password in the file earns a warning: " + fromFile.out());
        List<String> sent = server.received("CreateSIPOutboundTrunk").stream()
                .map(r -> r.bodyAs(CreateSIPOutboundTrunkRequest.class).getTrunk().getAuthPassword()).toList();
        assertEquals(List.of(PASSWORD, FILE_PASSWORD), sent, "the passwords must reach LiveKit");
        env.put(TrunkInput.PASSWORD_ENV, PASSWORD);

        // Dry runs and validate, human and JSON.
        assertEquals(ExitCode.OK, run("create", withoutPassword, "--dry-run").exit());
        assertEquals(ExitCode.OK, run("create", withPassword, "--dry-run", "--json").exit());
        assertEquals(ExitCode.OK, run("validate", withPassword, "--json").exit());
        assertEquals(ExitCode.OK, run("validate", withPassword).exit());
        assertEquals(ExitCode.OK, run("validate", withoutPassword, "--carrier", "telnyx", "--json").exit());

        // Reading back: list and export (what export prints is what a user saves to a file).
        assertEquals(ExitCode.OK, run("list", "--json").exit());
        assertEquals(ExitCode.OK, run("list").exit());
        Run export = run("export", acme);
        assertEquals(ExitCode.OK, export.exit(), export.err());
        Files.writeString(exports.resolve("acme.json"), export.out());

        // update sends the fields stated, the password from the environment among them, to LiveKit and nowhere else.
        Run updated = run("update", acme, withoutPassword);
        assertEquals(ExitCode.OK, updated.exit(), updated.out() + updated.err());
        UpdateSIPOutboundTrunkRequest update = server.received("UpdateSIPOutboundTrunk").get(0)
                .bodyAs(UpdateSIPOutboundTrunkRequest.class);
        assertEquals(PASSWORD, update.getUpdate().getAuthPassword());

        // Calls, dispatch rules, the connection check; answered and refused.
        assertEquals(ExitCode.OK, run("call", "--trunk", acme, "--to", "+16502530000", "--wait").exit());
        server.carrierRejectsCredentials();
        assertEquals(ExitCode.REFUSED, run("call", "--trunk", acme, "--to", "+16502530000", "--wait", "--json")
                .exit());
        server.carrierAnswersCalls();
        // Dispatch rules bind inbound trunks only (issue 14): the inbound twin first, then its rule. Its credentials'
        // password comes from TRUNK_AUTH_PASSWORD, reaches LiveKit, and is hidden in server text that echoes it.
        server.failNext("CreateSIPInboundTrunk", Fault.raw(400, "application/json",
                "{\"code\":\"invalid_argument\",\"msg\":\"bad inbound auth_password " + PASSWORD + "\"}"));
        Run echoedInbound = run("inbound", "create", "--like", acme, "--auth-username", "acme-in");
        assertEquals(ExitCode.REFUSED, echoedInbound.exit(), echoedInbound.out() + echoedInbound.err());
        assertTrue(echoedInbound.out().contains("bad inbound auth_password ****"), echoedInbound.out());
        Run inbound = run("inbound", "create", "--like", acme, "--auth-username", "acme-in");
        assertEquals(ExitCode.OK, inbound.exit(), inbound.out() + inbound.err());
        assertEquals(PASSWORD, server.inboundTrunks().iterator().next().getAuthPassword());
        String inboundId = SetupCommandsTest.lineValue(inbound.out(), "Inbound trunk ID: ");
        assertEquals(ExitCode.OK, run("dispatch-rule", "create", "--trunk", inboundId).exit());
        assertEquals(ExitCode.OK, run("test-connection").exit());

        // A server that echoes what it was sent: its text is shown, the password in it is not.
        server.failNext(Fault.raw(400, "application/json",
                "{\"code\":\"invalid_argument\",\"msg\":\"bad auth_password " + PASSWORD + " for key secret "
                        + SECRET + "\"}"));
        Run echoed = run("create", file("gamma.json", """
                {"name": "Gamma", "address": "sip.telnyx.com", "numbers": ["+16502530002"],
                 "auth_username": "gammauser"}
                """).toString());
        assertEquals(ExitCode.REFUSED, echoed.exit(), echoed.out() + echoed.err());
        assertTrue(echoed.out().contains("bad auth_password ****"), echoed.out());
        env.put("LIVEKIT_API_SECRET", FILE_PASSWORD);
        assertEquals(ExitCode.REFUSED, run("list").exit(), "a wrong secret is refused without showing it");

        printed.add(jvm.printed());
        Sentinels.assertAbsentFromText(printed, SENTINELS);
        Sentinels.assertAbsentFromFiles(jvm.config(), SENTINELS, "the config folder");
        assertEquals(1, Sentinels.assertAbsentFromFiles(exports, SENTINELS, "an export"));
    }
}
