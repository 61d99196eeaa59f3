package org.trunkwizard.livekit;

import java.util.List;

/**
 * A dispatch rule that puts each caller in a new room named {@code roomPrefix + random} (LiveKit's "individual"
 * rule), for the given trunks.
 */
public record DispatchRule(String name, List<String> trunkIds, String roomPrefix) {

    public DispatchRule {
        trunkIds = List.copyOf(trunkIds);
    }
}
