package org.trunkwizard.secrets;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Secrets in the store together with their rows in the index, kept in step: a secret saved to the keychain is
 * always listed, a deleted one never is. Secrets held only for the session are not listed (they are not saved).
 */
public final class SavedCredentials {

    private final SecretStore store;
    private final CredentialIndex index;
    private final Clock clock;

    public SavedCredentials(SecretStore store, CredentialIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    public SavedCredentials(SecretStore store, Path configDir) {
        this(store, new CredentialIndex(configDir), Clock.systemUTC());
    }

    public SecretStore store() {
        return store;
    }

    /**
     * Saves (or rotates) the secret and records it in the index. Call only once the action it belongs to has
     * succeeded. The caller still owns {@code secret} and should clear it.
     */
    public void save(CredentialKey key, String label, char[] secret) throws KeychainException, ConfigFileException {
        boolean wasListed = index.find(key).isPresent();
        store.store(key, secret);
        if (!store.persistent()) {
            return;
        }
        try {
            index.recordSaved(key, label, clock.instant());
        } catch (ConfigFileException e) {
            if (!wasListed) {
                store.delete(key); // an entry nobody can see or delete from the app is worse than none
            }
            throw e;
        }
    }

    public Optional<char[]> load(CredentialKey key) throws KeychainException {
        return store.load(key);
    }

    /** Deletes the secret and its row; false when neither existed. The keychain goes first, so a refusal changes nothing. */
    public boolean delete(CredentialKey key) throws KeychainException, ConfigFileException {
        boolean inStore = store.delete(key);
        boolean inIndex = index.remove(key);
        return inStore || inIndex;
    }

    public List<SavedCredential> list() throws ConfigFileException {
        return index.list();
    }
}
