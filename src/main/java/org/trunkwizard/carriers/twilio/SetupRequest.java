package org.trunkwizard.carriers.twilio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the admin asked for. {@code name} names the Twilio trunk, its credential list and the LiveKit trunk, so a
 * rerun finds them all again.
 */
public record SetupRequest(String name, List<String> numbers, Optional<String> livekitSipUri, List<String> countries,
                           boolean dryRun) {

    public SetupRequest {
        numbers = List.copyOf(numbers);
        countries = List.copyOf(countries);
    }

    /** Letters, digits and dashes from the name: the domain label and the state file's name. */
    public String slug() {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.isEmpty() ? "livekit" : s;
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** Twilio: at most 32 characters; Telnyx (later): 4-32 letters and digits. One rule that fits both. */
    public String username() {
        String u = ("lk" + slug().replace("-", ""));
        return u.length() > 32 ? u.substring(0, 32) : u;
    }

    public String credentialListName() {
        return name + " (Trunk Wizard)";
    }
}
