package org.trunkwizard.carriers.twilio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.twilio.TwilioClient.Item;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;

/**
 * Reads both sides back rather than trusting what the writes answered: the setups that fail in practice are the
 * ones where a console step was missed (no credential list: auth_type empty; a number not on the trunk).
 */
final class TwilioVerify {

    private final TwilioClient twilio;
    private final TrunkService livekit;

    TwilioVerify(TwilioClient twilio, TrunkService livekit) {
        this.twilio = twilio;
        this.livekit = livekit;
    }

    /** What differs, in words; empty when both sides match. */
    List<String> differences(String trunkSid, String livekitTrunkId, String domain, List<String> numbers,
                             String username) throws TwilioException, ApiException {
        List<String> out = new ArrayList<>();
        if (twilio.trunk(trunkSid).authType().isBlank()) {
            out.add(Messages.get("twilio.verify.noAuth", trunkSid));
        }
        List<String> onTrunk = twilio.trunkNumbers(trunkSid).stream().map(Item::name).toList();
        for (String n : numbers) {
            if (!onTrunk.contains(n)) {
                out.add(Messages.get("twilio.verify.numberMissing", n, trunkSid));
            }
        }
        Optional<StoredTrunk> lk = livekit.findTrunk(livekitTrunkId);
        if (lk.isEmpty()) {
            out.add(Messages.get("carrier.verify.livekitMissing", livekitTrunkId));
            return out;
        }
        if (!domain.equalsIgnoreCase(lk.get().spec().address())) {
            out.add(Messages.get("twilio.verify.address", lk.get().spec().address(), domain));
        }
        for (String n : numbers) {
            if (!lk.get().spec().numbers().contains(n)) {
                out.add(Messages.get("carrier.verify.livekitNumber", n));
            }
        }
        if (!username.equals(lk.get().spec().authUsername())) {
            out.add(Messages.get("twilio.verify.username", username));
        }
        return out;
    }
}
