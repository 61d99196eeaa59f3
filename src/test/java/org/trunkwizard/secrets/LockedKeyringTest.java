package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A Secret Service that runs but has no unlocked keyring (a locked or refused keyring): opening succeeds, writing
 * does not. The probe must say so within its timeout, and the app falls back to session memory.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class LockedKeyringTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.locked();

    @Test
    void probeReportsTheKeychainUnusableWithinItsTimeout() throws Exception {
        awaitDaemonOnBus();
        long start = System.nanoTime();
        try (KeyringSecretStore store = new KeyringSecretStore(Duration.ofSeconds(3))) {
            KeychainStatus status = store.probe();
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertFalse(status.available(), "a keyring nobody unlocked must not count as available");
            assertTrue(tookMs < 6_000, "took " + tookMs + " ms; the timeout is 3 s");
            assertTrue(status.message().startsWith("The system keychain is not available: the keychain "),
                    status.message());
            assertFalse(status.message().contains("\n"), "one line");
            assertTrue(status.rememberTooltip().startsWith("Cannot remember it"), status.rememberTooltip());
            System.out.println("locked keyring: " + status.message() + " (" + tookMs + " ms)");
            assertFalse(store.isAvailable());
            KeychainException e = assertThrows(KeychainException.class,
                    () -> store.store(CredentialKey.trunk("p.livekit.cloud", "ST_abc"), "x".toCharArray()));
            assertFalse(e.getMessage().contains("x\""), e.getMessage());
        }
    }

    @Test
    void theSessionFallsBackToMemory() throws Exception {
        awaitDaemonOnBus();
        try (SecretSession session = SecretSession.open(new KeyringSecretStore(Duration.ofSeconds(3)))) {
            assertFalse(session.canRemember());
            SecretStore store = assertInstanceOf(SessionSecretStore.class, session.store());
            CredentialKey key = CredentialKey.trunk("p.livekit.cloud", "ST_abc");
            store.store(key, "kept-in-memory".toCharArray());
            assertEquals("kept-in-memory", new String(store.load(key).orElseThrow()));
        }
    }

    /** The locked daemon gives no ready signal: wait until the probe stops saying there is no keychain at all. */
    private static void awaitDaemonOnBus() throws InterruptedException {
        String none = org.trunkwizard.i18n.Messages.get("keychain.reason.none");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (KeyringSecretStore store = new KeyringSecretStore(Duration.ofSeconds(3))) {
                if (!store.probe().reason().equals(none)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the locked gnome-keyring-daemon never appeared on the private bus");
    }
}
