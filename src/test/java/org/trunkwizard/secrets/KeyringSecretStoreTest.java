package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Against a real Secret Service (gnome-keyring on a private D-Bus): entries really land in it and really go. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class KeyringSecretStoreTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    private static final CredentialKey KEY = CredentialKey.livekit("my-project.livekit.cloud", "APIk3yTest");

    private KeyringSecretStore store;

    @BeforeEach
    void open() {
        store = new KeyringSecretStore(Duration.ofSeconds(10));
    }

    @AfterEach
    void cleanUp() throws Exception {
        store.close();
        try (KeyringSecretStore cleaner = new KeyringSecretStore(Duration.ofSeconds(10))) {
            cleaner.delete(KEY);
        }
    }

    @Test
    void probeFindsTheSecretServiceAndLeavesNoEntryBehind() {
        KeychainStatus status = store.probe();
        assertTrue(status.available(), status::message);
        assertEquals("Secret Service (GNOME Keyring)", status.backend());
        assertEquals("", status.rememberTooltip());
        assertTrue(store.isAvailable());
        assertTrue(store.persistent());
    }

    @Test
    void storesLoadsOverwritesAndDeletesRealEntries() throws Exception {
        assertEquals(Optional.empty(), store.load(KEY).map(String::new));

        store.store(KEY, "first-secret".toCharArray());
        assertEquals("first-secret", new String(store.load(KEY).orElseThrow()));
        // Under the documented names, as another program browsing the keychain sees it.
        assertEquals("first-secret", readDirectly("Trunk Wizard", "livekit:my-project.livekit.cloud:APIk3yTest"));

        store.store(KEY, "second-secret".toCharArray());
        assertEquals("second-secret", new String(store.load(KEY).orElseThrow()));
        assertEquals("second-secret", readDirectly("Trunk Wizard", KEY.account()));

        assertTrue(store.delete(KEY));
        assertEquals(Optional.empty(), store.load(KEY).map(String::new));
        assertThrows(PasswordAccessException.class, () -> readDirectly("Trunk Wizard", KEY.account()));
        assertFalse(store.delete(KEY), "deleting twice reports there was nothing");
    }

    @Test
    void aSecretOutlivesTheConnectionThatSavedIt() throws Exception {
        char[] secret = "Pässwörd with spaces & ünïcödé ✓".toCharArray();
        store.store(KEY, secret);
        store.close();
        try (KeyringSecretStore later = new KeyringSecretStore(Duration.ofSeconds(10))) {
            assertArrayEquals(secret, later.load(KEY).orElseThrow());
        }
    }

    @Test
    void callsAfterCloseFailWithAMessageInsteadOfHanging() {
        store.close();
        KeychainException e = assertThrows(KeychainException.class, () -> store.load(KEY));
        assertTrue(e.getMessage().startsWith("The system keychain is not usable"), e.getMessage());
    }

    /** Figures for the report: first probe (connect + round trip), then set and get, medians of 20. */
    @Test
    void measuresProbeSetAndGet() throws Exception {
        long t0 = System.nanoTime();
        assertTrue(store.probe().available());
        long probeMs = (System.nanoTime() - t0) / 1_000_000;
        long[] set = new long[20];
        long[] get = new long[20];
        for (int i = 0; i < set.length; i++) {
            char[] value = ("value-" + i).toCharArray();
            long a = System.nanoTime();
            store.store(KEY, value);
            long b = System.nanoTime();
            assertArrayEquals(value, store.load(KEY).orElseThrow());
            long c = System.nanoTime();
            set[i] = b - a;
            get[i] = c - b;
        }
        java.util.Arrays.sort(set);
        java.util.Arrays.sort(get);
        System.out.printf("keychain timing: first probe %d ms, set median %.1f ms (max %.1f), get median %.1f ms (max %.1f)%n",
                probeMs, set[10] / 1e6, set[19] / 1e6, get[10] / 1e6, get[19] / 1e6);
        assertTrue(set[10] < Duration.ofSeconds(2).toNanos(), "a set should take well under a second");
    }

    private static String readDirectly(String service, String account) throws Exception {
        try (Keyring keyring = Keyring.create()) {
            return keyring.getPassword(service, account);
        }
    }
}
