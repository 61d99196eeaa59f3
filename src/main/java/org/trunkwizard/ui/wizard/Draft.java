package org.trunkwizard.ui.wizard;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * What the wizard keeps between runs: the trunk as lk JSON (never its password) and the wizard's own state
 * (step, carrier, region, the numbers as typed, the LiveKit URL, API key and SIP URI). Never the API secret.
 */
record Draft(TrunkSpec trunk, String step, String carrier, String region, String numbersText, String liveKitUrl,
             String apiKey, String liveKitSipUri) {

    static Draft of(WizardModel m) {
        return new Draft(m.spec().withoutPassword(), m.step.get().name(),
                m.carrier.get() == null ? "" : m.carrier.get().name(), m.region.get(), m.numbersText.get(),
                m.liveKitUrl.get(), m.apiKey.get(), m.liveKitSipUri.get());
    }

    String toJson() {
        JsonObject root = new JsonObject();
        root.add("trunk", TrunkJson.toJsonTree(trunk));
        JsonObject wizard = new JsonObject();
        wizard.addProperty("step", step);
        wizard.addProperty("carrier", carrier);
        wizard.addProperty("region", region);
        wizard.addProperty("numbers_text", numbersText);
        wizard.addProperty("livekit_url", liveKitUrl);
        wizard.addProperty("api_key", apiKey);
        wizard.addProperty("livekit_sip_uri", liveKitSipUri);
        root.add("wizard", wizard);
        return root.toString();
    }

    static Draft fromJson(String json) throws TrunkFormatException {
        JsonObject root;
        try {
            root = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new TrunkFormatException(e.getMessage());
        }
        JsonObject trunkJson = root.has("trunk") && root.get("trunk").isJsonObject()
                ? root.getAsJsonObject("trunk") : new JsonObject();
        TrunkSpec trunk = TrunkJson.read(trunkJson.toString()).withoutPassword();
        JsonObject w = root.has("wizard") && root.get("wizard").isJsonObject()
                ? root.getAsJsonObject("wizard") : new JsonObject();
        return new Draft(trunk, text(w, "step"), text(w, "carrier"), text(w, "region"), text(w, "numbers_text"),
                text(w, "livekit_url"), text(w, "api_key"), text(w, "livekit_sip_uri"));
    }

    void applyTo(WizardModel m) {
        m.copyTrunkFrom(trunk);
        m.carrier.set(Carrier.fromText(carrier).orElse(null));
        if (!region.isEmpty()) {
            m.region.set(region);
        }
        if (!numbersText.isEmpty()) {
            m.numbersText.set(numbersText);
        }
        m.liveKitUrl.set(liveKitUrl);
        m.apiKey.set(apiKey);
        m.liveKitSipUri.set(liveKitSipUri);
        Step s = stepOrFirst();
        // A finished create is not resumed: the draft brings you back to Review at the latest.
        Step resume = s.ordinal() > Step.REVIEW.ordinal() ? Step.REVIEW : s;
        m.reached.set(resume);
        m.step.set(resume);
    }

    private Step stepOrFirst() {
        try {
            return Step.valueOf(step);
        } catch (IllegalArgumentException e) {
            return Step.PROJECT;
        }
    }

    boolean isEmpty() {
        return trunk.equals(TrunkSpec.EMPTY) && carrier.isEmpty() && liveKitUrl.isEmpty() && apiKey.isEmpty()
                && liveKitSipUri.isEmpty();
    }

    private static String text(JsonObject o, String key) {
        return Optional.ofNullable(o.get(key)).filter(e -> e.isJsonPrimitive()).map(e -> e.getAsString()).orElse("");
    }
}
