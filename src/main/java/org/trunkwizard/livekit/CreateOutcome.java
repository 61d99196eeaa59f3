package org.trunkwizard.livekit;

import java.util.List;

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
}
