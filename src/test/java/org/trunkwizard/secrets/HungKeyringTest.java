package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.i18n.Messages;

/** A keychain that stops answering (frozen daemon, like an unlock prompt nobody sees): calls give up in time. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class HungKeyringTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    @Test
    void aHungKeychainTimesOutAndLaterCallsFailAtOnce() throws Exception {
        CredentialKey key = CredentialKey.livekit("p.livekit.cloud", "APIhang");
        try (KeyringSecretStore store = new KeyringSecretStore(Duration.ofSeconds(2))) {
            assertTrue(store.probe().available());
            SERVICE.freeze();
            try {
                long start = System.nanoTime();
                KeychainException e = assertThrows(KeychainException.class,
                        () -> store.store(key, "never-stored".toCharArray()));
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertEquals(Messages.get("keychain.reason.timeout", 2), e.reason());
                assertTrue(tookMs >= 1_900 && tookMs < 6_000, "gave up after " + tookMs + " ms; timeout 2 s");

                long again = System.nanoTime();
                assertThrows(KeychainException.class, () -> store.load(key));
                assertTrue((System.nanoTime() - again) < Duration.ofMillis(1_000).toNanos(),
                        "once stuck, calls fail at once rather than waiting again");
                assertFalse(store.isAvailable());
            } finally {
                SERVICE.thaw();
            }
        }
        try (KeyringSecretStore fresh = new KeyringSecretStore(Duration.ofSeconds(10))) {
            fresh.delete(key); // the frozen write may have gone through after the thaw
        }
    }
}
