package org.trunkwizard.cli;

import java.nio.file.Path;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.secrets.KeyringSecretStore;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredentials;

/** The keychain and config folder behind the profile and credentials commands; closes the keychain when done. */
public final class SecretsAccess implements AutoCloseable {

    private final KeyringSecretStore keychain = new KeyringSecretStore();
    private final Path configDir = AppDirs.configDir();
    private final SavedCredentials credentials = new SavedCredentials(keychain, configDir);

    public KeyringSecretStore keychain() {
        return keychain;
    }

    public SavedCredentials credentials() {
        return credentials;
    }

    public Profiles profiles() {
        return new Profiles(configDir, credentials);
    }

    @Override
    public void close() {
        keychain.close();
    }
}
