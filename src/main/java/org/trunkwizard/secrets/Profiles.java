package org.trunkwizard.secrets;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;

/**
 * Named LiveKit connections. Name, URL and API key go in {@value #FILE_NAME} in the config folder; the API secret
 * goes to the keychain under {@code livekit:<project host>:<api key>}. Profiles that share a project and key share
 * that one entry, which is deleted only with the last of them.
 */
public final class Profiles {

    public static final String FILE_NAME = "profiles.json";

    private final JsonConfigFile json;
    private final SavedCredentials credentials;

    public Profiles(Path configDir, SavedCredentials credentials) {
        this.json = new JsonConfigFile(configDir.resolve(FILE_NAME), "profiles");
        this.credentials = credentials;
    }

    /** The profiles in the app's config folder ({@link AppDirs#configDir()}), their secrets in {@code store}. */
    public static Profiles inConfigDir(SecretStore store) {
        Path dir = AppDirs.configDir();
        return new Profiles(dir, new SavedCredentials(store, dir));
    }

    /** Checks name, URL and API key without saving anything, e.g. before asking for the secret. */
    public static void check(String name, String url, String apiKey) throws ProfileInputException {
        ProfileRules.check(name, url, apiKey);
    }

    /**
     * Saves (or replaces) the profile: the secret to the keychain first, then the profile. Call once the
     * connection has been tested. Needs a keychain: without one nothing is written and KeychainException says why.
     * The caller still owns {@code secret} and should clear it.
     */
    public Profile save(String name, String url, String apiKey, char[] secret)
            throws ProfileInputException, KeychainException, ConfigFileException {
        ProfileRules.check(name, url, apiKey);
        ProfileRules.checkSecret(secret);
        SecretStore store = credentials.store();
        if (!store.persistent()) {
            throw new KeychainException(Messages.get("keychain.reason.sessionOnly"));
        }
        Profile profile = new Profile(name, url.trim(), apiKey);
        Optional<Profile> previous = find(name);
        credentials.save(profile.credentialKey(), Messages.get("profile.credentialLabel", name), secret);
        List<Profile> all = new ArrayList<>(list());
        all.removeIf(p -> p.name().equals(name));
        all.add(profile);
        write(all);
        if (previous.isPresent() && !previous.get().credentialKey().equals(profile.credentialKey())) {
            deleteSecretIfUnused(previous.get().credentialKey(), all);
        }
        return profile;
    }

    /** Every profile, by name. Reads only the config file: no keychain access. */
    public List<Profile> list() throws ConfigFileException {
        List<Profile> profiles = json.readRows(o -> new Profile(o.get("name").getAsString(),
                o.get("url").getAsString(), o.get("apiKey").getAsString()));
        profiles.sort(Comparator.comparing(Profile::name));
        return profiles;
    }

    public Optional<Profile> find(String name) throws ConfigFileException {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The profile with its secret, ready to connect; empty when there is no such profile. Close the result to
     * clear the secret. KeychainException when the keychain is unusable or no longer holds the secret.
     */
    public Optional<ProfileCredentials> load(String name) throws KeychainException, ConfigFileException {
        Optional<Profile> profile = find(name);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        char[] secret = credentials.load(profile.get().credentialKey())
                .orElseThrow(() -> new KeychainException(Messages.get("keychain.reason.secretMissing", name)));
        return Optional.of(new ProfileCredentials(profile.get(), secret));
    }

    /** Deletes the profile and, unless another profile still uses it, its keychain entry and index row. */
    public boolean delete(String name) throws KeychainException, ConfigFileException {
        Optional<Profile> profile = find(name);
        if (profile.isEmpty()) {
            return false;
        }
        List<Profile> rest = new ArrayList<>(list());
        rest.removeIf(p -> p.name().equals(name));
        deleteSecretIfUnused(profile.get().credentialKey(), rest);
        write(rest);
        return true;
    }

    /** Names of the profiles whose secret is stored under {@code key}. */
    public List<String> using(CredentialKey key) throws ConfigFileException {
        return list().stream().filter(p -> p.credentialKey().equals(key)).map(Profile::name).toList();
    }

    private void deleteSecretIfUnused(CredentialKey key, List<Profile> remaining)
            throws KeychainException, ConfigFileException {
        if (remaining.stream().noneMatch(p -> p.credentialKey().equals(key))) {
            credentials.delete(key);
        }
    }

    private void write(List<Profile> profiles) throws ConfigFileException {
        List<JsonObject> rows = new ArrayList<>();
        for (Profile p : profiles) {
            JsonObject o = new JsonObject();
            o.addProperty("name", p.name());
            o.addProperty("url", p.url());
            o.addProperty("apiKey", p.apiKey());
            rows.add(o);
        }
        json.writeRows(rows);
    }
}
