package org.trunkwizard.ui.credentials;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialIndex;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.ProfileInputException;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

/**
 * One project as a user would have it after the wizard: a profile for it, a trunk on LiveKit, and that trunk's
 * password saved {@value #AGE_DAYS} days ago in a keychain, with its index row in a real config folder.
 */
final class RotationFixture {

    static final String TRUNK_ID = "ST_acme0001";
    static final String OLD_PASSWORD = "Em1ly_Trunk_2024!Secure";
    static final String LABEL = "Acme outbound (Twilio)";
    static final int AGE_DAYS = 120;
    static final CredentialKey TRUNK_KEY = CredentialKey.trunk(LiveKitDouble.HOST, TRUNK_ID);
    static final TrunkSpec TRUNK = TrunkSpec.builder().name(LABEL).address("acme.pstn.twilio.com")
            .numbers(List.of("+15551234567")).authUsername("livekit-user").authPassword(OLD_PASSWORD).build();

    final Path configDir;
    final MemoryKeychain keychain = new MemoryKeychain();
    final CredentialIndex index;
    final LiveKitDouble liveKit = new LiveKitDouble();
    final Instant savedAt = Instant.now().minus(AGE_DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    RotationFixture(Path configDir) throws KeychainException, ConfigFileException, ProfileInputException {
        this.configDir = configDir;
        this.index = new CredentialIndex(configDir);
        SavedCredentials then = new SavedCredentials(keychain, index, Clock.fixed(savedAt, ZoneOffset.UTC));
        new Profiles(configDir, then).save("acme", LiveKitDouble.URL, LiveKitDouble.KEY,
                LiveKitDouble.SECRET.toCharArray());
        then.save(TRUNK_KEY, LABEL, OLD_PASSWORD.toCharArray());
        liveKit.put(TRUNK_ID, TRUNK);
    }

    /** The credentials as the app sees them now. */
    SavedCredentials credentials() {
        return new SavedCredentials(keychain, configDir);
    }

    PasswordRotation rotation() {
        SavedCredentials now = credentials();
        return new PasswordRotation(now, new Profiles(configDir, now), liveKit.factory());
    }

    SavedCredential trunkRow() throws ConfigFileException {
        return index.find(TRUNK_KEY).orElseThrow();
    }

    String savedPassword() {
        return keychain.entries.get(TRUNK_KEY.account());
    }

    void failNextUpdate() {
        liveKit.failNextUpdate(new ApiException(Problem.error("auth_password",
                "LiveKit refused the update: the service is unavailable", "Try again in a minute."), true, null));
    }
}
