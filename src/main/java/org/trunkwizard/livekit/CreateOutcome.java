package org.trunkwizard.livekit;

/** The result of a create: the trunk, and whether it was found already there instead of being made now. */
public record CreateOutcome(StoredTrunk trunk, boolean alreadyExisted) {
}
