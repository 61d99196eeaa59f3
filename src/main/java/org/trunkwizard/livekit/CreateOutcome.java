package org.trunkwizard.livekit;

import java.util.List;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * The result of a create: the trunk, whether it was found already there instead of being made now, and the IDs of
 * other trunks with the same name and address that LiveKit showed right after this one was made (twins made at the
 * same moment from elsewhere: the only duplicates the turns on this computer cannot prevent).
 */
public record CreateOutcome(StoredTrunk trunk, boolean alreadyExisted, List<String> twins) {

    public CreateOutcome {
        twins = List.copyOf(twins);
    }

    public CreateOutcome(StoredTrunk trunk, boolean alreadyExisted) {
        this(trunk, alreadyExisted, List.of());
    }

    /**
     * The trunk was already there and its password is not the one {@code sent} has: create changed nothing, so the
     * old password still holds. Only knowable when LiveKit returns stored passwords (self-hosted servers do, LiveKit
     * Cloud does not); otherwise false, never a guess.
     */
    public boolean passwordNotChanged(TrunkSpec sent) {
        TrunkSpec existing = trunk.spec();
        return alreadyExisted && existing.hasPassword() && sent.hasPassword()
                && !existing.authPassword().equals(sent.authPassword());
    }
}
