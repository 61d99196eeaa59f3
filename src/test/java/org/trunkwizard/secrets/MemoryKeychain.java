package org.trunkwizard.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in keychain for unit tests of what sits on top of it (index, profiles): persistent like a real one,
 * and able to refuse like a locked one. The real keychain has its own tests against a real Secret Service.
 */
public final class MemoryKeychain implements SecretStore {

    public final Map<String, String> entries = new ConcurrentHashMap<>();
    public volatile boolean refusing;

    @Override
    public void store(CredentialKey key, char[] secret) throws KeychainException {
        refuseIfLocked();
        entries.put(key.account(), new String(secret));
    }

    @Override
    public Optional<char[]> load(CredentialKey key) throws KeychainException {
        refuseIfLocked();
        return Optional.ofNullable(entries.get(key.account())).map(String::toCharArray);
    }

    @Override
    public boolean delete(CredentialKey key) throws KeychainException {
        refuseIfLocked();
        return entries.remove(key.account()) != null;
    }

    @Override
    public boolean isAvailable() {
        return !refusing;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    private void refuseIfLocked() throws KeychainException {
        if (refusing) {
            throw new KeychainException("locked (test)");
        }
    }
}
