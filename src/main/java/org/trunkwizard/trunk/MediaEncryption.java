package org.trunkwizard.trunk;

import java.util.Locale;
import java.util.Optional;

/** SRTP setting. Order and numbers match LiveKit's SIPMediaEncryption enum. */
public enum MediaEncryption {
    DISABLED("SIP_MEDIA_ENCRYPT_DISABLE"),
    OPTIONAL("SIP_MEDIA_ENCRYPT_ALLOW"),
    REQUIRED("SIP_MEDIA_ENCRYPT_REQUIRE");

    private final String protoName;

    MediaEncryption(String protoName) {
        this.protoName = protoName;
    }

    public int wireNumber() {
        return ordinal();
    }

    /** The lk JSON enum name, e.g. {@code SIP_MEDIA_ENCRYPT_ALLOW}. */
    public String protoName() {
        return protoName;
    }

    /**
     * Accepts the proto names, their short forms ("allow", "require", "disable"), the wizard's words
     * ("optional", "required", "disabled") and the guide's "Media encryption disabled".
     */
    public static Optional<MediaEncryption> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.startsWith("sip media encrypt ")) {
            t = t.substring("sip media encrypt ".length());
        }
        if (t.startsWith("media encryption ")) {
            t = t.substring("media encryption ".length());
        }
        switch (t) {
            case "", "0", "disable", "disabled", "off", "none", "no":
                return Optional.of(DISABLED);
            case "1", "allow", "allowed", "optional":
                return Optional.of(OPTIONAL);
            case "2", "require", "required", "on", "yes":
                return Optional.of(REQUIRED);
            default:
                return Optional.empty();
        }
    }
}
