package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import java.util.regex.Pattern;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeyringSecretStore;
import org.trunkwizard.secrets.PrivateSecretService;
import org.trunkwizard.secrets.ProfileCredentials;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredentials;

/**
 * The whole profile and credentials CLI against a real Secret Service, with sentinel secrets: they must reach the
 * keychain, and appear nowhere else: not in any file under the config folder, not in anything printed (our streams
 * or the JVM's own), not in plain text in the keyring's files.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class SecretHygieneTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    private static final String FROM_ENV = "SENTINEL-env-5f0c9a1e";
    private static final String TYPED = "SENTINEL-typed-b3d2";
    private static final String HOST = "127.0.0.1";
    /** A LiveKit-compatible server that knows both sentinel secrets: profiles are saved only after it accepts them. */
    private static LiveKitTestServer server;
    private static String URL;

    @BeforeAll
    static void startServer() {
        server = LiveKitTestServer.start();
        server.addKey("APIprod", FROM_ENV);
        server.addKey("APItyped", TYPED);
        URL = server.url();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @RegisterExtension
    final IsolatedJvm jvm = new IsolatedJvm();
    private Path config;
    private final List<String> printed = new ArrayList<>();

    private int countBefore;

    @BeforeEach
    void setUp() {
        countBefore = server.received("ListSIPOutboundTrunk").size();
        config = jvm.config();
    }

    private int run(Map<String, String> env, String typed, String... args) {
        CapturedConsole c = new CapturedConsole(env, typed);
        int code = c.run(args);
        printed.add(c.out());
        printed.add(c.err());
        return code;
    }

    private String lastOut() {
        return printed.get(printed.size() - 2);
    }

    @Test
    void secretsGoToTheKeychainAndNowhereElse() throws Exception {
        assertEquals(ExitCode.OK, run(Map.of("LIVEKIT_API_SECRET", FROM_ENV), null,
                "profile", "save", "prod", "--url", URL, "--api-key", "APIprod"));
        assertTrue(lastOut().startsWith("Saved profile prod (" + URL + ", API key APIprod)"), lastOut());

        CapturedConsole typing = new CapturedConsole(Map.of("LIVEKIT_URL", URL, "LIVEKIT_API_KEY", "APItyped"), TYPED);
        assertEquals(ExitCode.OK, typing.run("profile", "save", "typed"));
        printed.add(typing.out());
        printed.add(typing.err());
        assertEquals(List.of("API secret for profile typed"), typing.prompts);
        assertEquals("\0".repeat(TYPED.length()), new String(typing.typed.get(0)), "the typed secret is cleared");

        // A secret offered as an argument is refused, and not echoed back.
        assertEquals(ExitCode.USAGE, run(Map.of(), null, "profile", "save", "x", "--url", URL, "--api-key", "APIx",
                "--api-secret", FROM_ENV));
        assertEquals(ExitCode.USAGE, run(Map.of(), null, "profile", "save", "x", "--api-secret=" + FROM_ENV));

        assertEquals(ExitCode.OK, run(Map.of(), null, "profile", "list"));
        assertTrue(Pattern.compile("prod +" + Pattern.quote(URL) + " +APIprod").matcher(lastOut()).find(), lastOut());
        assertTrue(Pattern.compile("typed +" + Pattern.quote(URL) + " +APItyped").matcher(lastOut()).find(), lastOut());

        assertEquals(ExitCode.OK, run(Map.of(), null, "credentials", "list"));
        assertTrue(lastOut().matches("(?s)KEY +KIND +LABEL +AGE\\R"
                + "livekit:127.0.0.1:APIprod +livekit +Profile prod +\\d+ s\\R"
                + "livekit:127.0.0.1:APItyped +livekit +Profile typed +\\d+ s\\R"), lastOut());

        // They really are in the Secret Service, under the documented names.
        try (KeyringSecretStore keychain = new KeyringSecretStore(Duration.ofSeconds(10))) {
            Profiles profiles = new Profiles(config, new SavedCredentials(keychain, config));
            try (ProfileCredentials prod = profiles.load("prod").orElseThrow();
                 ProfileCredentials typed = profiles.load("typed").orElseThrow()) {
                assertEquals(FROM_ENV, new String(prod.apiSecret()));
                assertEquals(TYPED, new String(typed.apiSecret()));
            }
        }
        assertNoSentinelIn(SERVICE.root().resolve("data"), "the keyring's own files (encrypted at rest)");

        assertEquals(ExitCode.OK, run(Map.of(), null, "credentials", "delete", "livekit:127.0.0.1:APItyped"));
        assertTrue(lastOut().contains("These profiles used it and need their secret saved again: typed"), lastOut());
        assertEquals(ExitCode.REFUSED, run(Map.of(), null, "credentials", "delete", "livekit:127.0.0.1:APItyped"));
        assertEquals(ExitCode.OK, run(Map.of(), null, "profile", "delete", "prod"));
        assertEquals(ExitCode.OK, run(Map.of(), null, "profile", "delete", "typed"));
        assertEquals(ExitCode.REFUSED, run(Map.of(), null, "profile", "delete", "prod"));

        try (KeyringSecretStore keychain = new KeyringSecretStore(Duration.ofSeconds(10))) {
            assertEquals(Optional.empty(), keychain.load(CredentialKey.livekit("127.0.0.1", "APIprod")));
            assertEquals(Optional.empty(), keychain.load(CredentialKey.livekit("127.0.0.1", "APItyped")));
        }
        assertEquals(ExitCode.OK, run(Map.of(), null, "credentials", "list"));
        assertEquals("No saved credentials.", lastOut().strip());

        assertTrue(Files.exists(config.resolve("profiles.json")) && Files.exists(config.resolve("credentials.json")));
        assertNoSentinelIn(config, "the config folder");
        printed.add(jvm.printed());
        for (String text : printed) {
            assertFalse(text.contains(FROM_ENV) || text.contains(TYPED), "printed: " + text);
        }
    }

    @Test
    void aRefusedSecretSavesNothing() throws Exception {
        // TYPED is a real secret of the project, but not APIprod's: LiveKit answers 401.
        CapturedConsole c = new CapturedConsole(Map.of("LIVEKIT_API_SECRET", TYPED), null);
        int code = c.run("profile", "save", "prod", "--url", URL, "--api-key", "APIprod");
        printed.add(c.out());
        printed.add(c.err());
        assertEquals(ExitCode.REFUSED, code);
        assertTrue(c.out().contains("error api_secret:"), c.out());
        assertEquals(1, server.received("ListSIPOutboundTrunk").size() - countBefore, "one check, then nothing");
        try (Stream<Path> files = Files.list(config)) {
            assertEquals(List.of(), files.toList());
        }
        try (KeyringSecretStore keychain = new KeyringSecretStore(Duration.ofSeconds(10))) {
            assertEquals(Optional.empty(), keychain.load(CredentialKey.livekit(HOST, "APIprod")));
        }
        for (String text : printed) {
            assertFalse(text.contains(FROM_ENV) || text.contains(TYPED), "printed: " + text);
        }
    }

    @Test
    void aSavedProfileConnects() {
        assertEquals(ExitCode.OK, run(Map.of("LIVEKIT_API_SECRET", FROM_ENV), null,
                "profile", "save", "prod", "--url", URL, "--api-key", "APIprod"));
        assertEquals(ExitCode.OK, run(Map.of(), null, "test-connection", "--profile", "prod"));
        assertEquals(ExitCode.OK, run(Map.of(), null, "list", "--profile", "prod"));
        assertEquals(ExitCode.REFUSED, run(Map.of(), null, "list", "--profile", "nope"));
        assertTrue(printed.get(printed.size() - 2).contains("There is no profile \"nope\""), printed.toString());
        for (String text : printed) {
            assertFalse(text.contains(FROM_ENV), "printed: " + text);
        }
    }

    @Test
    void withNoSecretToHandNothingIsSaved() throws Exception {
        CapturedConsole noTerminal = new CapturedConsole(Map.of(), null);
        assertEquals(ExitCode.USAGE, noTerminal.run("profile", "save", "prod", "--url", URL, "--api-key", "APIprod"));
        assertTrue(noTerminal.err().startsWith("The API secret is missing. Set LIVEKIT_API_SECRET"), noTerminal.err());
        assertEquals(List.of("API secret for profile prod"), noTerminal.prompts);
        try (Stream<Path> files = Files.list(config)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static void assertNoSentinelIn(Path dir, String what) throws IOException {
        assertTrue(Sentinels.assertAbsentFromFiles(dir, List.of(FROM_ENV, TYPED), what) > 0,
                what + " should hold files");
    }
}
