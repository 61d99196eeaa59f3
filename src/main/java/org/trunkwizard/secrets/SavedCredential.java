package org.trunkwizard.secrets;

import java.time.Instant;

/** One row of the index of saved secrets: what it is and when, never the secret itself. */
public record SavedCredential(CredentialKey key, String label, Instant created, Instant lastRotated) {

    public CredentialKind kind() {
        return key.kind();
    }

    SavedCredential rotated(String newLabel, Instant now) {
        return new SavedCredential(key, newLabel, created, now);
    }
}
