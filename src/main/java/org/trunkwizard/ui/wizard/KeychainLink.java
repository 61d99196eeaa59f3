package org.trunkwizard.ui.wizard;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.WizardEnv;

/**
 * The window's side of the keychain: opens the session once (after the first frame), fills the API secret from
 * the keychain when URL and key match a saved one, and saves what "Remember" asks for after a success. Every
 * keychain call runs on one background thread, so they never block the window nor race each other.
 */
public final class KeychainLink {

    private final WizardModel model;
    private final Path configDir;
    private final CompletableFuture<SecretSession> session = new CompletableFuture<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "keychain");
        t.setDaemon(true);
        return t;
    });
    private RememberedSecrets remembered;

    KeychainLink(WizardModel model, Path configDir) {
        this.model = model;
        this.configDir = configDir;
        model.liveKitUrl.addListener(o -> prefillSecret());
        model.apiKey.addListener(o -> prefillSecret());
    }

    /** The session for everyone who needs it (the credentials window too); completes when the probe is done. */
    CompletableFuture<SecretSession> session() {
        return session;
    }

    /** Starts the probe; call once, after the first frame. */
    void open(Supplier<CompletableFuture<SecretSession>> opener) {
        opener.get().whenComplete((s, failure) -> {
            SecretSession usable = s != null ? s : WizardEnv.memoryOnly().join();
            session.complete(usable);
            Platform.runLater(() -> ready(usable));
        });
    }

    private void ready(SecretSession s) {
        remembered = new RememberedSecrets(s, configDir);
        KeychainStatus status = s.canRemember() ? s.status()
                : s.status().available() ? KeychainStatus.unavailable(Messages.get("keychain.reason.sessionOnly"),
                        s.status().took()) : s.status();
        model.keychain.set(status);
        if (!status.available()) {
            model.remember.set(false);
        }
        prefillSecret();
    }

    /** Only from the keychain, only into an empty field, and only while URL and key still say the same. */
    private void prefillSecret() {
        if (remembered == null || !remembered.canRemember() || !model.apiSecret.get().isEmpty()) {
            return;
        }
        String url = model.liveKitUrl.get();
        String key = model.apiKey.get();
        if (url.isBlank() || key.isBlank()) {
            return;
        }
        RememberedSecrets r = remembered;
        worker.execute(() -> {
            Optional<char[]> found;
            try {
                found = r.apiSecret(url, key);
            } catch (Exception e) { // a locked or refusing keychain: the user types the secret, as without one
                return;
            }
            found.ifPresent(secret -> Platform.runLater(() -> {
                if (url.equals(model.liveKitUrl.get()) && key.equals(model.apiKey.get())
                        && model.apiSecret.get().isEmpty()) {
                    model.apiSecret.set(new String(secret));
                }
                Arrays.fill(secret, '\0');
            }));
        });
    }

    /** After LiveKit accepted URL, key and secret (Test connection or a create). */
    void connectionWorked(String url, String key, String secret) {
        if (!rememberWanted()) {
            return;
        }
        RememberedSecrets r = remembered;
        char[] chars = secret.toCharArray();
        worker.execute(() -> {
            try {
                r.rememberApiSecret(url, key, chars);
                report(Messages.get("ui.keychain.savedSecret"));
            } catch (Exception e) { // keychain, config file or an odd key: say so, the connection itself worked
                report(Messages.get("ui.keychain.notSaved", reason(e)));
            } finally {
                Arrays.fill(chars, '\0');
            }
        });
    }

    /** After a create: the trunk password under the new trunk's ID, and the API secret that made it. */
    void trunkCreated(String url, String key, String secret, String trunkId, String trunkName, String password) {
        if (!rememberWanted()) {
            return;
        }
        RememberedSecrets r = remembered;
        char[] pass = password.toCharArray();
        char[] chars = secret.toCharArray();
        worker.execute(() -> {
            try {
                r.rememberTrunkPassword(url, trunkId, trunkName, pass);
                boolean savedPassword = pass.length > 0;
                Platform.runLater(() -> model.passwordSaved.set(savedPassword));
                r.rememberApiSecret(url, key, chars);
                report(Messages.get(pass.length > 0 ? "ui.keychain.savedTrunk" : "ui.keychain.savedSecret"));
            } catch (Exception e) {
                report(Messages.get("ui.keychain.notSaved", reason(e)));
            } finally {
                Arrays.fill(pass, '\0');
                Arrays.fill(chars, '\0');
            }
        });
    }

    /**
     * After the Done page made an inbound trunk that asks the carrier for credentials: its password under the inbound
     * trunk's ID, as a trunk password (Remember and a keychain permitting). Completes with whether it was saved;
     * exceptionally, with the keychain's reason, when saving failed.
     */
    public CompletableFuture<Boolean> inboundTrunkCreated(String url, String trunkId, String trunkName,
                                                          String password) {
        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        if (!rememberWanted() || password.isEmpty() || org.trunkwizard.livekit.LiveKitConnection.hostOf(url).isEmpty()) {
            saved.complete(false);
            return saved;
        }
        RememberedSecrets r = remembered;
        char[] pass = password.toCharArray();
        worker.execute(() -> {
            try {
                r.rememberTrunkPassword(url, trunkId, trunkName, pass);
                saved.complete(true);
            } catch (Exception e) { // keychain or index file: the page says so, the trunk itself exists
                saved.completeExceptionally(new IllegalStateException(reason(e), e));
            } finally {
                Arrays.fill(pass, '\0');
            }
        });
        return saved;
    }

    /** On the way out: lets a save already under way end (bounded, a keychain may hang), then stops the worker. */
    public void finish(java.time.Duration wait) {
        worker.shutdown();
        try {
            worker.awaitTermination(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean rememberWanted() {
        return model.remember.get() && remembered != null && remembered.canRemember();
    }

    private void report(String line) {
        Platform.runLater(() -> model.keychainNote.set(line));
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
