package org.trunkwizard.ui.credentials;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.Timeouts;
import org.trunkwizard.livekit.server.EveryField;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialIndex;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.ProfileInputException;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.ui.common.TrunkServiceFactory;

/**
 * One project as a user would have it after the wizard: a profile for it, a trunk on LiveKit (the test server, the
 * trunk with every field set), and that trunk's password saved {@value #AGE_DAYS} days ago in a keychain, with its
 * index row in a real config folder. Close it to stop the server.
 */
final class RotationFixture implements AutoCloseable {

    static final String OLD_PASSWORD = "Em1ly_Trunk_2024!Secure";
    static final String LABEL = "Acme outbound (Twilio)";
    static final int AGE_DAYS = 120;
    /** The project as the user saved it; the test server answers for it (see {@link #factory()}). */
    static final String URL = "wss://acme-voice.livekit.cloud";
    static final String KEY = "APIacme";
    static final String SECRET = "acme-api-secret";
    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(2));

    final Path configDir;
    final MemoryKeychain keychain = new MemoryKeychain();
    final CredentialIndex index;
    final LiveKitTestServer liveKit = LiveKitTestServer.start();
    final String trunkId;
    final CredentialKey trunkKey;
    final Instant savedAt = Instant.now().minus(AGE_DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    RotationFixture(Path configDir) throws KeychainException, ConfigFileException, ProfileInputException {
        this.configDir = configDir;
        this.index = new CredentialIndex(configDir);
        liveKit.addKey(KEY, SECRET);
        // The ID the README's screenshot of the Credentials window shows.
        this.trunkId = liveKit.addTrunk("ST_acme0001", EveryField.trunk(OLD_PASSWORD));
        this.trunkKey = CredentialKey.trunk(host(), trunkId);
        SavedCredentials then = new SavedCredentials(keychain, index, Clock.fixed(savedAt, ZoneOffset.UTC));
        new Profiles(configDir, then).save("acme", URL, KEY, SECRET.toCharArray());
        then.save(trunkKey, LABEL, OLD_PASSWORD.toCharArray());
    }

    /** The project's host, as the keychain entries name it. */
    String host() {
        return "acme-voice.livekit.cloud";
    }

    /**
     * Connects like the window does, with short timeouts, to the test server whatever the URL: the window (and the
     * README's screenshot of it) shows the project as a user has it.
     */
    TrunkServiceFactory factory() {
        return (url, key, secret) -> new SipApi(LiveKitConnection.of(liveKit.url(), key, secret), SHORT);
    }

    /** The credentials as the app sees them now. */
    SavedCredentials credentials() {
        return new SavedCredentials(keychain, configDir);
    }

    PasswordRotation rotation() {
        SavedCredentials now = credentials();
        return new PasswordRotation(now, new Profiles(configDir, now), factory());
    }

    SavedCredential trunkRow() throws ConfigFileException {
        return index.find(trunkKey).orElseThrow();
    }

    String savedPassword() {
        return keychain.entries.get(trunkKey.account());
    }

    SIPOutboundTrunkInfo onServer() {
        return liveKit.trunks().stream().filter(t -> t.getSipTrunkId().equals(trunkId)).findFirst().orElseThrow();
    }

    String passwordOnServer() {
        return onServer().getAuthPassword();
    }

    /** LiveKit answers the next update "unavailable", after the trunk was found. */
    void failNextUpdate() {
        liveKit.failNext("UpdateSIPOutboundTrunk", Fault.status(503));
    }

    @Override
    public void close() {
        liveKit.close();
    }
}
