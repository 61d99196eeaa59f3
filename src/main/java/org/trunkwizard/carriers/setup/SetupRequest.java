package org.trunkwizard.carriers.setup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the admin asked for, the same for every carrier. {@code name} names the carrier's parts and the LiveKit
 * trunk, so a rerun finds them all again. {@code moveNumbers}: a number already used elsewhere on the account (another
 * trunk, app or connection) is taken from there only when this is set; otherwise the plan shows it and stops.
 */
public record SetupRequest(String name, List<String> numbers, Optional<String> livekitSipUri, List<String> countries,
                           boolean dryRun, boolean moveNumbers) {

    public SetupRequest {
        numbers = List.copyOf(numbers);
        countries = List.copyOf(countries);
    }

    /** The same request, only reading: what {@link CarrierAccountSetup#plan} runs. */
    public SetupRequest asDryRun() {
        return new SetupRequest(name, numbers, livekitSipUri, countries, true, moveNumbers);
    }

    /** Letters, digits and dashes from the name: the domain label and the state file's name. */
    public String slug() {
        return slug(name);
    }

    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.isEmpty() ? "livekit" : s;
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** Twilio: at most 32 characters; Telnyx: 4-32 letters and digits. One rule that fits both. */
    public String username() {
        String u = ("lk" + slug().replace("-", ""));
        return u.length() > 32 ? u.substring(0, 32) : u;
    }

    public String credentialListName() {
        return name + " (Trunk Wizard)";
    }
}
