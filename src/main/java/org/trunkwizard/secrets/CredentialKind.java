package org.trunkwizard.secrets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a saved secret is for; the first part of its keychain account name. */
public enum CredentialKind {
    /** A LiveKit project's API secret. */
    LIVEKIT,
    /** A SIP trunk's auth password. */
    TRUNK,
    /** A carrier account's API secret (Twilio Auth Token or API key secret, Telnyx API key). */
    CARRIER;

    /** The word used in account names and the index, e.g. {@code livekit}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CredentialKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
    }
}
