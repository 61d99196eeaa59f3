package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.secrets.SessionSecretStore;

/** A machine with no D-Bus session (a server, a container): say so in one line, keep nothing on disk. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class NoKeychainTest {

    private static final String SENTINEL = "NOKEYCHAIN-SENTINEL-7c1e";

    @TempDir
    Path tmp;
    private String previousBus;
    private String previousConfig;

    @BeforeEach
    void noBus() {
        previousBus = System.getProperty("DBUS_SESSION_BUS_ADDRESS");
        previousConfig = System.getProperty(AppDirs.OVERRIDE_PROPERTY);
        System.setProperty("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + tmp.resolve("no-such-bus"));
        System.setProperty(AppDirs.OVERRIDE_PROPERTY, tmp.resolve("config").toString());
    }

    @AfterEach
    void restore() {
        restore("DBUS_SESSION_BUS_ADDRESS", previousBus);
        restore(AppDirs.OVERRIDE_PROPERTY, previousConfig);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void theProbeSaysWhyAndTheSessionKeepsSecretsInMemory() {
        try (SecretSession session = SecretSession.open()) {
            KeychainStatus status = session.status();
            assertFalse(status.available());
            assertEquals(Messages.get("keychain.reason.none"), status.reason());
            assertEquals("The system keychain is not available: no keychain service is running (on Linux: GNOME "
                    + "Keyring or KWallet, through the Secret Service). Secrets are kept in memory for this session "
                    + "only, never written to disk.", status.message());
            assertTrue(status.rememberTooltip().contains("not available"), status.rememberTooltip());
            assertFalse(session.canRemember());
            assertInstanceOf(SessionSecretStore.class, session.store());
        }
    }

    @Test
    void theWindowCanProbeWithoutWaiting() throws Exception {
        CompletableFuture<SecretSession> probing = SecretSession.openInBackground();
        try (SecretSession session = probing.get(15, TimeUnit.SECONDS)) {
            assertFalse(session.canRemember());
        }
    }

    @Test
    void profileSaveFailsInOneLineAndWritesNothing() throws Exception {
        CapturedConsole c = new CapturedConsole(Map.of("LIVEKIT_API_SECRET", SENTINEL), SENTINEL);
        int code = c.run("profile", "save", "prod", "--url", "wss://p.livekit.cloud", "--api-key", "APIk");

        assertEquals(ExitCode.REFUSED, code);
        assertEquals(Messages.get("cli.profile.noKeychain", Messages.get("keychain.reason.none")) + System.lineSeparator(),
                c.err());
        assertEquals("", c.out());
        assertEquals(List.of(), c.prompts, "no point asking for a secret that cannot be kept");
        assertFalse(Files.exists(tmp.resolve("config")), "nothing written, not even the folder");
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(SENTINEL), f.toString());
            }
        }
    }

    @Test
    void listingNeedsNoKeychainAndDeletingSaysWhyItCannot() {
        CapturedConsole c = new CapturedConsole(Map.of(), null);
        assertEquals(ExitCode.OK, c.run("credentials", "list"));
        assertEquals(Messages.get("cli.credentials.none") + System.lineSeparator(), c.out());

        CapturedConsole d = new CapturedConsole(Map.of(), null);
        assertEquals(ExitCode.REFUSED, d.run("credentials", "delete", "livekit:p.livekit.cloud:APIk"));
        assertEquals(Messages.get("keychain.error", Messages.get("keychain.reason.none")) + System.lineSeparator(),
                d.err());
    }
}
