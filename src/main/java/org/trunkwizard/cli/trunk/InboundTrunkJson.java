package org.trunkwizard.cli.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.InboundTrunkOutcome;
import org.trunkwizard.validation.Problem;

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
        JsonArray addresses = new JsonArray();
        trunk.allowedAddresses().forEach(addresses::add);
        o.add("allowed_addresses", addresses);
        o.addProperty("auth_username", trunk.authUsername());
        return o;
    }

    /** What guards the trunk, in one line of text: addresses, credentials, or numbers alone. */
    static String guardLine(InboundTrunkOutcome trunk) {
        List<String> parts = new java.util.ArrayList<>();
        if (!trunk.allowedAddresses().isEmpty()) {
            parts.add(Messages.get("cli.inbound.guard.addresses",
                    String.join(", ", trunk.allowedAddresses().stream().map(ServerText::safe).toList())));
        }
        if (!trunk.authUsername().isEmpty()) {
            parts.add(Messages.get("cli.inbound.guard.username", ServerText.safe(trunk.authUsername())));
        }
        return parts.isEmpty() ? Messages.get("cli.inbound.guard.numbersOnly") : String.join("\n", parts);
    }

    /** {@code {"ok": false, "problems": [...]}}: refused before anything was sent. */
    static JsonObject refused(List<Problem> problems) {
        JsonObject o = new JsonObject();
        o.addProperty("ok", false);
        JsonArray list = new JsonArray();
        for (Problem p : problems) {
            JsonObject one = new JsonObject();
            one.addProperty("field", p.field());
            one.addProperty("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            one.addProperty("message", p.message());
            one.addProperty("hint", p.hint());
            list.add(one);
        }
        o.add("problems", list);
        return o;
    }
}
