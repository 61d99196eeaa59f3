package org.trunkwizard.carriers.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a setup ended with, for any carrier. {@code carrierIds} are the carrier's own IDs by the JSON key scripts
 * read (e.g. {@code trunk_sid}, {@code connection_id}), in order; {@code carrierId} is the one the CLI prints at the
 * end ("Twilio trunk: TK...", "Telnyx connection: ..."), empty when nothing exists yet (a dry run from nothing).
 * {@code newPassword} is set only when this run generated the trunk password, so the caller can keep it in the
 * keychain; it is never printed. {@code warnings} do not stop a match (e.g. a country not allowed to be called).
 */
public record SetupResult(Carrier carrier, String carrierId, Map<String, String> carrierIds, String livekitTrunkId,
                          List<String> differences, List<String> warnings, Optional<String> newPassword) {

    public SetupResult {
        carrierIds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carrierIds));
        differences = List.copyOf(differences);
        warnings = List.copyOf(warnings);
    }

    public boolean bothSidesMatch() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return "SetupResult[" + carrier + " " + carrierId + ", " + livekitTrunkId + "]";
    }
}
