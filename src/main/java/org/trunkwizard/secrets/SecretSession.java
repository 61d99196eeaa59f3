package org.trunkwizard.secrets;

import java.util.concurrent.CompletableFuture;

/**
 * The keychain status and the store to use for this run: the OS keychain when the probe found it working,
 * otherwise memory for this session only (never a file). Open once at start, off the FX thread.
 */
public record SecretSession(KeychainStatus status, SecretStore store) implements AutoCloseable {

    /** Probes the OS keychain (blocks up to {@link KeyringSecretStore#DEFAULT_TIMEOUT}). */
    public static SecretSession open() {
        return open(new KeyringSecretStore());
    }

    /** {@link #open()} on a background thread, for the window: the FX thread must never wait on the keychain. */
    public static CompletableFuture<SecretSession> openInBackground() {
        return CompletableFuture.supplyAsync(SecretSession::open, task -> {
            Thread t = new Thread(task, "keychain-probe");
            t.setDaemon(true);
            t.start();
        });
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
