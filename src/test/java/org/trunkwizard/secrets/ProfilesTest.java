package org.trunkwizard.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

    private static final String URL = "wss://my-project.livekit.cloud";

    @TempDir
    Path dir;
    private MemoryKeychain keychain;
    private Profiles profiles;

    @BeforeEach
    void setUp() {
        keychain = new MemoryKeychain();
        profiles = profilesOver(keychain);
    }

    private Profiles profilesOver(SecretStore store) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        return new Profiles(dir, new SavedCredentials(store, new CredentialIndex(dir), clock));
    }

    @Test
    void saveListLoadDelete() throws Exception {
        profiles.save("prod", URL, "APIprod", "prod-secret".toCharArray());

        assertEquals(List.of(new Profile("prod", URL, "APIprod")), profiles.list());
        assertEquals(Map.of("livekit:my-project.livekit.cloud:APIprod", "prod-secret"), keychain.entries);
        SavedCredential row = new CredentialIndex(dir).list().get(0);
        assertEquals("Profile prod", row.label());

        try (ProfileCredentials loaded = profiles.load("prod").orElseThrow()) {
            assertEquals(URL, loaded.url());
            assertEquals("APIprod", loaded.apiKey());
            assertEquals("prod-secret", new String(loaded.apiSecret()));
            assertFalse(loaded.toString().contains("prod-secret"), loaded.toString());
        }
        assertEquals(Optional.empty(), profiles.load("staging").map(ProfileCredentials::url));

        assertTrue(profiles.delete("prod"));
        assertEquals(List.of(), profiles.list());
        assertEquals(Map.of(), keychain.entries);
        assertEquals(List.of(), new CredentialIndex(dir).list());
        assertFalse(profiles.delete("prod"));
    }

    @Test
    void loadingClearsTheSecretOnClose() throws Exception {
        profiles.save("prod", URL, "APIprod", "prod-secret".toCharArray());
        ProfileCredentials loaded = profiles.load("prod").orElseThrow();
        char[] secret = loaded.apiSecret();
        loaded.close();
        assertEquals("\0".repeat(11), new String(secret));
    }

    @Test
    void profilesSharingAKeyShareOneEntryUntilTheLastGoes() throws Exception {
        profiles.save("prod", URL, "APIshared", "s".toCharArray());
        profiles.save("prod-copy", URL, "APIshared", "s".toCharArray());
        assertEquals(1, keychain.entries.size());
        profiles.delete("prod");
        assertEquals(1, keychain.entries.size(), "prod-copy still needs it");
        assertEquals(List.of("prod-copy"), profiles.using(CredentialKey.livekit("my-project.livekit.cloud", "APIshared")));
        profiles.delete("prod-copy");
        assertEquals(0, keychain.entries.size());
    }

    @Test
    void resavingWithANewKeyRemovesTheOldEntry() throws Exception {
        profiles.save("prod", URL, "APIold", "old".toCharArray());
        profiles.save("prod", URL, "APInew", "new".toCharArray());
        assertEquals(Map.of("livekit:my-project.livekit.cloud:APInew", "new"), keychain.entries);
        assertEquals(List.of("livekit:my-project.livekit.cloud:APInew"),
                new CredentialIndex(dir).list().stream().map(c -> c.key().account()).toList());
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        assertEquals("name", assertThrows(ProfileInputException.class,
                () -> profiles.save("my prod", URL, "APIk", "s".toCharArray())).field());
        ProfileInputException url = assertThrows(ProfileInputException.class,
                () -> profiles.save("prod", "my-project.livekit.cloud", "APIk", "s".toCharArray()));
        assertEquals("livekit_url", url.field());
        assertTrue(url.getMessage().contains("wss://my-project.livekit.cloud"), url.getMessage());
        assertEquals("api_key", assertThrows(ProfileInputException.class,
                () -> profiles.save("prod", URL, "API key", "s".toCharArray())).field());
        assertEquals("api_secret", assertThrows(ProfileInputException.class,
                () -> profiles.save("prod", URL, "APIk", new char[0])).field());
        assertNoFiles();
        assertEquals(Map.of(), keychain.entries);
    }

    @Test
    void plainHttpIsSavedForPrivateHostsOnlyAndAnyKeyShapeIsFine() throws Exception {
        profiles.save("compose", "http://livekit:7880", "devkey", "s".toCharArray());
        profiles.save("lan", "ws://192.168.1.10:7880", "devkey", "s".toCharArray());
        profiles.save("telnyx", "https://nyc1.livekit-telnyx.com", "KEY0123telnyx", "t".toCharArray());
        assertEquals(3, profiles.list().size());
        ProfileInputException insecure = assertThrows(ProfileInputException.class,
                () -> profiles.save("public", "http://lk.example.com:7880", "devkey", "s".toCharArray()));
        assertEquals("livekit_url", insecure.field());
        assertTrue(insecure.getMessage().contains("unencrypted"), insecure.getMessage());
    }

    @Test
    void withoutAKeychainNothingIsSaved() throws Exception {
        keychain.refusing = true;
        assertThrows(KeychainException.class, () -> profiles.save("prod", URL, "APIk", "s".toCharArray()));
        KeychainException sessionOnly = assertThrows(KeychainException.class,
                () -> profilesOver(new SessionSecretStore()).save("prod", URL, "APIk", "s".toCharArray()));
        assertTrue(sessionOnly.getMessage().contains("this session only"), sessionOnly.getMessage());
        assertNoFiles();
    }

    @Test
    void aSecretGoneFromTheKeychainIsReportedOnLoad() throws Exception {
        profiles.save("prod", URL, "APIk", "s".toCharArray());
        keychain.entries.clear();
        KeychainException e = assertThrows(KeychainException.class, () -> profiles.load("prod"));
        assertTrue(e.getMessage().contains("profile save prod"), e.getMessage());
    }

    @Test
    void urlsOfEveryLiveKitSchemeGiveTheirHost() {
        assertEquals("my-project.livekit.cloud", new Profile("p", "wss://My-Project.livekit.cloud", "K").credentialKey().host());
        assertEquals("localhost", new Profile("p", "http://localhost:7880", "K").credentialKey().host());
        assertEquals("10.0.0.5", new Profile("p", "ws://10.0.0.5:7880/", "K").credentialKey().host());
    }

    private void assertNoFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
