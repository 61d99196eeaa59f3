package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeyringSecretStore;
import org.trunkwizard.secrets.PrivateSecretService;
import org.trunkwizard.secrets.ProfileCredentials;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredentials;

/**
 * {@code profile import-lk}: the LiveKit CLI's projects become profiles, their secrets go to a real Secret Service
 * and nowhere else (not the config folder, not the console).
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ImportLkTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    private static final String CLOUD_SECRET = "SENTINEL-lk-cloud-8d1f";
    private static final String COMPOSE_SECRET = "SENTINEL-lk-compose-2a7e";
    private static final String ORPHAN_SECRET = "SENTINEL-lk-orphan-44c0";
    /** What {@code lk project add} writes, with a hand-edited entry or two as people keep them. */
    private static final String CLI_CONFIG = """
            default_project: prod
            projects:
              - name: prod
                project_id: p_abc123
                url: wss://acme.livekit.cloud
                api_key: APIprodKey
                api_secret: %s
              - name: "compose"   # docker compose on this laptop
                url: 'http://livekit:7880'
                api_key: devkey
                api_secret: "%s"
              - name: my laptop
                url: ws://localhost:7880
                api_key: devkey2
                api_secret: %s
              - name: nosecret
                url: wss://other.livekit.cloud
                api_key: APIother
            """.formatted(CLOUD_SECRET, COMPOSE_SECRET, ORPHAN_SECRET);

    @RegisterExtension
    final IsolatedJvm jvm = new IsolatedJvm();
    @TempDir
    Path home;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        config = jvm.config();
        Files.createDirectories(home.resolve(".livekit"));
        Files.writeString(home.resolve(".livekit/cli-config.yaml"), CLI_CONFIG);
    }

    private record Ran(int exit, String out, String err) {
    }

    private Ran run(String... args) {
        CapturedConsole c = new CapturedConsole(Map.of("HOME", home.toString()), null);
        int exit = c.run(args);
        return new Ran(exit, c.out(), c.err());
    }

    @Test
    void projectsBecomeProfilesAndSecretsGoOnlyToTheKeychain() throws Exception {
        Ran first = run("profile", "import-lk");
        String out = first.out() + first.err();
        assertEquals(ExitCode.OK, first.exit(), out);
        assertTrue(out.contains("Imported prod (wss://acme.livekit.cloud, API key APIprodKey)"), out);
        assertTrue(out.contains("Imported compose (http://livekit:7880, API key devkey)"), out);
        assertTrue(out.contains("Skipped \"my laptop\""), out);
        assertTrue(out.contains("Skipped \"nosecret\"") && out.contains("api_secret"), out);

        try (KeyringSecretStore keychain = new KeyringSecretStore(Duration.ofSeconds(10))) {
            Profiles profiles = new Profiles(config, new SavedCredentials(keychain, config));
            assertEquals(List.of("compose", "prod"), profiles.list().stream().map(p -> p.name()).sorted().toList());
            try (ProfileCredentials prod = profiles.load("prod").orElseThrow();
                 ProfileCredentials compose = profiles.load("compose").orElseThrow()) {
                assertEquals(CLOUD_SECRET, new String(prod.apiSecret()));
                assertEquals(COMPOSE_SECRET, new String(compose.apiSecret()));
            }
            assertEquals(Optional.empty(), keychain.load(CredentialKey.livekit("localhost", "devkey2")));
        }

        Ran again = run("profile", "import-lk", home.resolve(".livekit/cli-config.yaml").toString());
        String againOut = again.out() + again.err();
        assertEquals(ExitCode.OK, again.exit(), againOut);
        assertTrue(againOut.contains("Skipped \"prod\": there is already a profile prod"), againOut);

        Sentinels.assertAbsentFromFiles(config, List.of(CLOUD_SECRET, COMPOSE_SECRET, ORPHAN_SECRET),
                "the config folder");
        for (String printed : List.of(out, againOut, jvm.printed())) {
            for (String secret : List.of(CLOUD_SECRET, COMPOSE_SECRET, ORPHAN_SECRET)) {
                assertFalse(printed.contains(secret), printed);
            }
        }
    }

    @Test
    void withoutAKeychainNothingIsImportedAndTheToolSaysWhy() throws Exception {
        String bus = System.getProperty(PrivateSecretService.BUS_PROPERTY);
        System.setProperty(PrivateSecretService.BUS_PROPERTY, "unix:path=" + home.resolve("no-such-bus"));
        try {
            Ran c = run("profile", "import-lk");
            assertEquals(ExitCode.REFUSED, c.exit(), c.out() + c.err());
            assertTrue(c.err().contains("nothing was imported") && c.err().contains("keychain"), c.err());
            assertFalse(Files.exists(config.resolve(Profiles.FILE_NAME)));
        } finally {
            System.setProperty(PrivateSecretService.BUS_PROPERTY, bus);
        }
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        Ran c = run("profile", "import-lk", home.resolve("nope.yaml").toString());
        assertEquals(ExitCode.USAGE, c.exit(), c.out() + c.err());
        assertTrue((c.out() + c.err()).contains("nope.yaml"), c.out() + c.err());
    }
}
