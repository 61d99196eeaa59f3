package org.trunkwizard.livekit;

import org.trunkwizard.trunk.TrunkSpec;

/** A trunk as LiveKit holds it: its ID ({@code ST_...}) and its settings (the password as LiveKit returns it). */
public record StoredTrunk(String trunkId, TrunkSpec spec) {
}
