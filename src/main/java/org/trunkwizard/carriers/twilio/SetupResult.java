package org.trunkwizard.carriers.twilio;

import java.util.List;
import java.util.Optional;

/**
 * What a setup ended with. {@code newPassword} is set only when this run generated the trunk password, so the caller
 * can keep it in the keychain; it is never printed. {@code warnings} do not stop a match (e.g. a country not
 * allowed to be called: enabling one is the admin's explicit choice, in the console).
 */
public record SetupResult(String trunkSid, String domainName, String credentialListSid, String livekitTrunkId,
                          List<String> differences, List<String> warnings, Optional<String> newPassword) {

    public boolean bothSidesMatch() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return "SetupResult[" + trunkSid + ", " + livekitTrunkId + "]";
    }
}
