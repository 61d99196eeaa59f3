package org.trunkwizard.secrets;

import java.util.Optional;

/**
 * Where secrets live: the OS keychain, or (without one) memory for this session only. Never a file.
 * Callers own the char arrays they pass in and get back, and should clear them ({@link java.util.Arrays#fill})
 * when done. Every call may block on the keychain: call from a background thread, never the FX thread.
 */
public interface SecretStore {

    /** Saves or replaces the secret under {@code key}. Call only after the action it belongs to succeeded. */
    void store(CredentialKey key, char[] secret) throws KeychainException;

    /** The secret, or empty when nothing is saved under {@code key}. */
    Optional<char[]> load(CredentialKey key) throws KeychainException;

    /** Removes the secret; false when there was none. */
    boolean delete(CredentialKey key) throws KeychainException;

    /** Whether store/load can be expected to work. */
    boolean isAvailable();

    /** Whether a stored secret survives a restart of the app (the keychain does; session memory does not). */
    boolean persistent();
}
