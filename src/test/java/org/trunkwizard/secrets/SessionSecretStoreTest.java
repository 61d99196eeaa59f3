package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSecretStoreTest {

    private static final CredentialKey KEY = CredentialKey.trunk("p.livekit.cloud", "ST_1");

    @Test
    void keepsItsOwnCopySoCallersCanClearTheirs() {
        SessionSecretStore store = new SessionSecretStore();
        char[] typed = "typed-secret".toCharArray();
        store.store(KEY, typed);
        Arrays.fill(typed, '\0');
        char[] loaded = store.load(KEY).orElseThrow();
        assertEquals("typed-secret", new String(loaded));
        Arrays.fill(loaded, '\0');
        assertEquals("typed-secret", new String(store.load(KEY).orElseThrow()));
    }

    @Test
    void isForThisSessionOnly() {
        SessionSecretStore store = new SessionSecretStore();
        assertTrue(store.isAvailable());
        assertFalse(store.persistent());
        store.store(KEY, "s".toCharArray());
        store.clear();
        assertEquals(Optional.empty(), store.load(KEY));
        assertFalse(store.delete(KEY));
    }
}
