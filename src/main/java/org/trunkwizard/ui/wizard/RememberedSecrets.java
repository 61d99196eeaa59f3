package org.trunkwizard.ui.wizard;

import java.nio.file.Path;
import java.util.Optional;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.Profile;
import org.trunkwizard.secrets.ProfileInputException;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;

/**
 * What the window keeps in the keychain when "Remember" is ticked. The API secret is saved as a profile (named after
 * the project host, or the existing profile for that key), so the credentials screen can reach the project again
 * to rotate a trunk password; the trunk password under {@code trunk:<host>:<trunk id>}. No JavaFX: every call may
 * block on the keychain, so the window runs them on its keychain thread. Callers own and clear the char arrays.
 */
final class RememberedSecrets {

    private final SecretSession session;
    private final SavedCredentials credentials;
    private final Profiles profiles;

    RememberedSecrets(SecretSession session, Path configDir) {
        this.session = session;
        this.credentials = new SavedCredentials(session.store(), configDir);
        this.profiles = new Profiles(configDir, credentials);
    }

    /** Whether anything here outlives the app: only then is "Remember" offered and the keychain read. */
    boolean canRemember() {
        return session.canRemember();
    }

    /** The API secret saved for this project and key; empty without a keychain or for an unusable URL. */
    Optional<char[]> apiSecret(String url, String apiKey) throws KeychainException {
        Optional<CredentialKey> key = projectKey(url, apiKey);
        return key.isEmpty() || !canRemember() ? Optional.empty() : credentials.load(key.get());
    }

    /** Saves the API secret once LiveKit accepted it. */
    void rememberApiSecret(String url, String apiKey, char[] secret)
            throws KeychainException, ConfigFileException, ProfileInputException, ApiException {
        Optional<CredentialKey> key = projectKey(url, apiKey);
        if (key.isEmpty()) {
            return;
        }
        String name = profiles.list().stream().filter(p -> p.credentialKey().equals(key.get()))
                .map(Profile::name).findFirst().orElse(key.get().host());
        profiles.save(name, LiveKitConnection.baseUrlOf(url), apiKey.strip(), secret);
    }

    /** Saves a new trunk's password, labelled with the trunk's name. */
    void rememberTrunkPassword(String url, String trunkId, String trunkName, char[] password)
            throws KeychainException, ConfigFileException {
        Optional<String> host = LiveKitConnection.hostOf(url);
        if (host.isPresent() && password.length > 0) {
            credentials.save(CredentialKey.trunk(host.get(), trunkId), trunkName, password);
        }
    }

    private static Optional<CredentialKey> projectKey(String url, String apiKey) {
        try {
            return LiveKitConnection.hostOf(url).map(h -> CredentialKey.livekit(h, apiKey.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a key with spaces or colons cannot name a keychain entry, nor work
        }
    }
}
