package org.trunkwizard.secrets;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fallback without a keychain: secrets kept in this process's memory until it exits (or {@link #clear()}),
 * never written anywhere. Holds its own copies, so callers may clear theirs.
 */
public final class SessionSecretStore implements SecretStore {

    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();

    @Override
    public void store(CredentialKey key, char[] secret) {
        char[] old = secrets.put(key.account(), secret.clone());
        wipe(old);
    }

    @Override
    public Optional<char[]> load(CredentialKey key) {
        char[] secret = secrets.get(key.account());
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public boolean delete(CredentialKey key) {
        char[] old = secrets.remove(key.account());
        wipe(old);
        return old != null;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    /** Forgets every secret, e.g. when the window closes. */
    public void clear() {
        secrets.keySet().forEach(account -> wipe(secrets.remove(account)));
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
