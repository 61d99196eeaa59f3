package org.trunkwizard.secrets;

import java.util.Arrays;

/**
 * A profile with its secret loaded, for one connection. Close it (try-with-resources) to clear the secret.
 * {@link #toString()} leaves the secret out.
 */
public final class ProfileCredentials implements AutoCloseable {

    private final Profile profile;
    private final char[] apiSecret;

    ProfileCredentials(Profile profile, char[] apiSecret) {
        this.profile = profile;
        this.apiSecret = apiSecret;
    }

    public Profile profile() {
        return profile;
    }

    public String url() {
        return profile.url();
    }

    public String apiKey() {
        return profile.apiKey();
    }

    /** The secret itself (not a copy): valid until {@link #close()}. */
    public char[] apiSecret() {
        return apiSecret;
    }

    @Override
    public void close() {
        Arrays.fill(apiSecret, '\0');
    }

    @Override
    public String toString() {
        return "ProfileCredentials[" + profile + ", apiSecret=(hidden)]";
    }
}
