package org.trunkwizard.livekit;

import org.trunkwizard.trunk.TrunkSpec;

/** The result of a create: the trunk, and whether it was found already there instead of being made now. */
public record CreateOutcome(StoredTrunk trunk, boolean alreadyExisted) {

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
