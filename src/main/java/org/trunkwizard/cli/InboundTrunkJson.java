package org.trunkwizard.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.trunkwizard.livekit.InboundTrunkOutcome;

/** An inbound trunk in lk's JSON shape (snake_case), as {@code lk sip inbound list --json} names the fields. */
final class InboundTrunkJson {

    private InboundTrunkJson() {
    }

    static JsonObject of(InboundTrunkOutcome trunk) {
        JsonObject o = new JsonObject();
        o.addProperty("sip_trunk_id", trunk.trunkId());
        o.addProperty("name", trunk.name());
        JsonArray numbers = new JsonArray();
        trunk.numbers().forEach(numbers::add);
        o.add("numbers", numbers);
        return o;
    }
}
