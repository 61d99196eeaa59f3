package org.trunkwizard.secrets;

/** A saved LiveKit connection: name, project URL and API key. The API secret is in the keychain, not here. */
public record Profile(String name, String url, String apiKey) {

    /** Where its secret lives: {@code livekit:<project host>:<api key>}. */
    public CredentialKey credentialKey() {
        return CredentialKey.livekit(ProfileRules.host(url), apiKey);
    }
}
