package org.trunkwizard.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.trunkwizard.i18n.Messages;

/**
 * The OS keychain through java-keyring: macOS Keychain, Windows Credential Manager, the Secret Service on Linux.
 *
 * <p>Every call runs on one background thread and is given {@link #timeout}: an unlock prompt nobody answers
 * would otherwise hang forever. After a call times out the keychain is treated as gone for the rest of the
 * session (the stuck thread cannot be trusted), so later calls fail at once instead of waiting again.
 * The library fails in more shapes than it declares (an NPE from a locked Secret Service, linkage errors on
 * odd systems): everything is caught here and turned into one {@link KeychainException} line that names the
 * failure's type, never its message (which could echo an account or worse).
 */
public final class KeyringSecretStore implements SecretStore, AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Duration timeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "keychain");
        t.setDaemon(true); // a hung keychain call must not keep the app from exiting
        return t;
    });
    /** Touched only on the worker thread. */
    private Keyring keyring;
    private volatile KeychainStatus status;
    /** Set once a call timed out: the reason every later call fails with. */
    private volatile String stuck;

    public KeyringSecretStore() {
        this(DEFAULT_TIMEOUT);
    }

    public KeyringSecretStore(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Finds out whether the keychain works: opens it, then writes, reads back and deletes a throw-away entry
     * (opening alone succeeds on a locked Secret Service; only the write fails). Blocks up to the timeout:
     * call it once at start, off the FX thread. The result is kept for {@link #isAvailable()}.
     */
    public KeychainStatus probe() {
        long start = System.nanoTime();
        KeychainStatus result;
        try {
            String backend = call(k -> {
                String account = "probe:" + UUID.randomUUID();
                k.setPassword(CredentialKey.SERVICE, account, "probe");
                try {
                    if (!"probe".equals(k.getPassword(CredentialKey.SERVICE, account))) {
                        throw new IllegalStateException("read back differs");
                    }
                } finally {
                    k.deletePassword(CredentialKey.SERVICE, account);
                }
                return backendName(k.getKeyringStorageType());
            });
            result = KeychainStatus.available(backend, Duration.ofNanos(System.nanoTime() - start));
        } catch (KeychainException e) {
            result = KeychainStatus.unavailable(e.reason(), Duration.ofNanos(System.nanoTime() - start));
        }
        status = result;
        return result;
    }

    /** The last probe's result, probing now (blocking) if there was none yet. */
    public KeychainStatus status() {
        KeychainStatus s = status;
        return s != null ? s : probe();
    }

    @Override
    public boolean isAvailable() {
        return stuck == null && status().available();
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public void store(CredentialKey key, char[] secret) throws KeychainException {
        // java-keyring only takes a String: this copy cannot be cleared, the caller's array can.
        String value = new String(secret);
        call(k -> {
            k.setPassword(CredentialKey.SERVICE, key.account(), value);
            return null;
        });
    }

    @Override
    public Optional<char[]> load(CredentialKey key) throws KeychainException {
        return call(k -> {
            try {
                return Optional.of(k.getPassword(CredentialKey.SERVICE, key.account()).toCharArray());
            } catch (PasswordAccessException e) {
                return Optional.empty(); // every backend reports "no such entry" this way
            }
        });
    }

    @Override
    public boolean delete(CredentialKey key) throws KeychainException {
        return call(k -> {
            try {
                k.deletePassword(CredentialKey.SERVICE, key.account());
                return true;
            } catch (PasswordAccessException e) {
                return false;
            }
        });
    }

    @Override
    public void close() {
        if (stuck == null && !worker.isShutdown()) {
            Future<?> closing = worker.submit(this::discardKeyring);
            try {
                closing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // best effort, as in discardKeyring
            }
        }
        worker.shutdownNow();
    }

    private interface KeyringCall<T> {
        T apply(Keyring keyring) throws Exception;
    }

    private <T> T call(KeyringCall<T> action) throws KeychainException {
        if (stuck != null) {
            throw new KeychainException(stuck);
        }
        Future<T> future;
        try {
            future = worker.submit(() -> {
                try {
                    return action.apply(keyring());
                } catch (RuntimeException e) {
                    discardKeyring(); // a broken connection would fail every later call: reconnect next time
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            throw new KeychainException(Messages.get("keychain.reason.closed"));
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            stuck = Messages.get("keychain.reason.timeout", Math.max(1, timeout.toSeconds()));
            throw new KeychainException(stuck);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new KeychainException(Messages.get("keychain.reason.interrupted"));
        } catch (ExecutionException e) {
            throw new KeychainException(reasonFor(e.getCause()));
        }
    }

    /** On the worker thread. Never opened: nothing to close, and no reason to open it now. */
    private void discardKeyring() {
        if (keyring != null) {
            try {
                keyring.close();
            } catch (Exception | LinkageError e) {
                // best effort: the process or the keychain is going away
            }
            keyring = null;
        }
    }

    /** Opened lazily on the worker thread: connecting can itself hang on an unlock prompt. */
    private Keyring keyring() throws BackendNotSupportedException {
        if (keyring == null) {
            keyring = Keyring.create();
        }
        return keyring;
    }

    private static String reasonFor(Throwable failure) {
        if (failure instanceof BackendNotSupportedException) {
            return Messages.get("keychain.reason.none");
        }
        // PasswordAccessException on a write, NullPointerException from a locked Secret Service, ...
        return Messages.get("keychain.reason.refused", failure == null ? "?" : failure.getClass().getSimpleName());
    }

    private static String backendName(KeyringStorageType type) {
        return switch (type) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            case GNOME_KEYRING -> "Secret Service (GNOME Keyring)";
            case KWALLET -> "KWallet";
        };
    }
}
