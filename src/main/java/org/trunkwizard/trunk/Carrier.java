package org.trunkwizard.trunk;

import java.util.Locale;
import java.util.Optional;

/** Who carries the calls. Chosen on the carrier step or with {@code --carrier}; turns on that carrier's rules. */
public enum Carrier {
    TWILIO, TELNYX, LIVEKIT, OTHER;

    /** The CLI word: twilio, telnyx, livekit, other. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Carrier> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Carrier c : values()) {
            if (c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
