package org.trunkwizard.secrets;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Names one secret in the keychain so a person browsing their keychain can tell what it holds:
 * service {@value #SERVICE}, account {@code livekit:<project host>:<api key>} or {@code trunk:<project host>:<trunk id>}.
 */
public record CredentialKey(CredentialKind kind, String host, String id) {

    /** The keychain's "service" (macOS, Windows: the entry's name) for every Trunk Wizard secret. */
    public static final String SERVICE = "Trunk Wizard";

    public CredentialKey {
        Objects.requireNonNull(kind, "kind");
        host = requirePart(host, "host").toLowerCase(Locale.ROOT);
        id = requirePart(id, "id");
    }

    private static String requirePart(String value, String what) {
        if (value == null || value.isBlank() || value.contains(":") || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("credential key " + what + " must be non-empty, without ':' or spaces");
        }
        return value;
    }

    public static CredentialKey livekit(String projectHost, String apiKey) {
        return new CredentialKey(CredentialKind.LIVEKIT, projectHost, apiKey);
    }

    public static CredentialKey trunk(String projectHost, String trunkId) {
        return new CredentialKey(CredentialKind.TRUNK, projectHost, trunkId);
    }

    /** The keychain account name, e.g. {@code livekit:my-project.livekit.cloud:APIxyz}. */
    public String account() {
        return kind.word() + ":" + host + ":" + id;
    }

    /** Reads an account name back; empty when it is not one of ours. */
    public static Optional<CredentialKey> parse(String account) {
        if (account == null) {
            return Optional.empty();
        }
        String[] parts = account.split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return CredentialKind.fromWord(parts[0]).map(kind -> new CredentialKey(kind, parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return account();
    }
}
