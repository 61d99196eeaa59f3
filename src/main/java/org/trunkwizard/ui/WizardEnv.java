package org.trunkwizard.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SharedSipApis;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.secrets.SessionSecretStore;
import org.trunkwizard.ui.common.TrunkServiceFactory;

/**
 * What the window needs from outside: where to keep the draft, how to reach LiveKit, and how to open the keychain
 * (started once, after the first frame, off the FX thread).
 */
public record WizardEnv(Path configDir, TrunkServiceFactory services,
                        Supplier<CompletableFuture<SecretSession>> keychain, Map<String, String> carrierEnv) {

    public WizardEnv {
        Objects.requireNonNull(configDir);
        Objects.requireNonNull(services);
        Objects.requireNonNull(keychain);
        carrierEnv = Map.copyOf(carrierEnv);
    }

    /** Carrier APIs at their real hosts unless the environment overrides them, as for the CLI. */
    public WizardEnv(Path configDir, TrunkServiceFactory services,
                     Supplier<CompletableFuture<SecretSession>> keychain) {
        this(configDir, services, keychain, System.getenv());
    }

    /** No keychain: secrets live in memory for this session, "Remember" is off (tests, and anyone who asks). */
    public WizardEnv(Path configDir, TrunkServiceFactory services) {
        this(configDir, services, WizardEnv::memoryOnly);
    }

    public static WizardEnv standard() {
        return new WizardEnv(AppDirs.configDir(),
                (url, key, secret) -> SharedSipApis.forConnection(LiveKitConnection.of(url, key, secret)),
                SecretSession::openInBackground);
    }

    public static CompletableFuture<SecretSession> memoryOnly() {
        KeychainStatus none = KeychainStatus.unavailable(Messages.get("keychain.reason.none"), Duration.ZERO);
        return CompletableFuture.completedFuture(new SecretSession(none, new SessionSecretStore()));
    }

    public Path draftFile() {
        return configDir.resolve("draft.json");
    }

    /** Where each carrier setup records what it created (the CLI's folder when configDir is the app's). */
    public Path carrierFolder() {
        return configDir.resolve("carriers");
    }

    public Path windowFile() {
        return configDir.resolve("window.properties");
    }
}
