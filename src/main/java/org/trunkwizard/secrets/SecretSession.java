package org.trunkwizard.secrets;

/**
 * The keychain status and the store to use for this run: the OS keychain when the probe found it working,
 * otherwise memory for this session only (never a file). Open once at start, off the FX thread.
 */
public record SecretSession(KeychainStatus status, SecretStore store) implements AutoCloseable {

    /** Probes the OS keychain (blocks up to {@link KeyringSecretStore#DEFAULT_TIMEOUT}). */
    public static SecretSession open() {
        return open(new KeyringSecretStore());
    }

    static SecretSession open(KeyringSecretStore keychain) {
        KeychainStatus status = keychain.probe();
        if (status.available()) {
            return new SecretSession(status, keychain);
        }
        keychain.close();
        return new SecretSession(status, new SessionSecretStore());
    }

    /** Whether "Remember" can be offered; when false, show {@link KeychainStatus#rememberTooltip()}. */
    public boolean canRemember() {
        return status.available() && store.persistent();
    }

    @Override
    public void close() {
        if (store instanceof KeyringSecretStore keychain) {
            keychain.close();
        } else if (store instanceof SessionSecretStore memory) {
            memory.clear();
        }
    }
}
