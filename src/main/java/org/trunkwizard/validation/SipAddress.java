package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;

/** TEMP stub (lead: drop on merge): just enough rules for the window to be built against. */
public final class SipAddress {

    private SipAddress() {
    }

    public static AddressCheck check(String raw, Transport t, Optional<Carrier> c) {
        String typed = raw == null ? "" : raw.strip();
        String rest = typed.replaceFirst("(?i)^sips?:", "");
        List<Problem> problems = new ArrayList<>();
        if (rest.isEmpty()) {
            problems.add(Problem.error("address", "The address is empty.", ""));
        } else if (rest.contains("@") || rest.contains(";") || rest.matches(".*\\s.*")) {
            problems.add(Problem.error("address", "This is not a bare host name (stub).", "Type only the host."));
        } else if (rest.toLowerCase(Locale.ROOT).endsWith(".livekit.cloud")) {
            problems.add(Problem.warning("address", "This is LiveKit's own address (stub).", ""));
        }
        return new AddressCheck(problems.isEmpty() ? rest.toLowerCase(Locale.ROOT) : typed, problems);
    }
}
