package org.trunkwizard.carriers.telnyx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.TelnyxHeader;
import org.trunkwizard.carriers.telnyx.TelnyxClient.Connection;
import org.trunkwizard.carriers.telnyx.TelnyxClient.PhoneNumber;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;

/**
 * Reads both sides back rather than trusting what the writes answered: the Telnyx setups that fail in practice miss
 * the outbound voice profile, leave call parking on, leave a number elsewhere, or lack the X-Telnyx-Username header.
 */
final class TelnyxVerify {

    private final TelnyxClient telnyx;
    private final TrunkService livekit;

    TelnyxVerify(TelnyxClient telnyx, TrunkService livekit) {
        this.telnyx = telnyx;
        this.livekit = livekit;
    }

    /** What differs, in words; empty when both sides match. */
    List<String> differences(String connectionId, String profileId, String numbersTo, String inboundId,
                             Optional<String> inboundHost, String livekitTrunkId, String sipHost,
                             List<String> numbers) throws TelnyxException, ApiException {
        List<String> out = new ArrayList<>();
        Connection c = telnyx.connection(connectionId);
        if (!profileId.equals(c.outboundVoiceProfileId())) {
            out.add(Messages.get("telnyx.verify.noProfile", connectionId, profileId));
        }
        if (c.callParking()) {
            out.add(Messages.get("telnyx.verify.parking", connectionId));
        }
        Map<String, String> on = new java.util.HashMap<>();
        for (PhoneNumber p : telnyx.phoneNumbers()) {
            on.put(p.phoneNumber(), p.connectionId());
        }
        for (String n : numbers) {
            if (!numbersTo.equals(on.getOrDefault(n, ""))) {
                out.add(Messages.get("telnyx.verify.numberMissing", n, numbersTo));
            }
        }
        if (inboundHost.isPresent() && telnyx.fqdns(inboundId).stream()
                .noneMatch(f -> f.fqdn().equalsIgnoreCase(inboundHost.get()))) {
            out.add(Messages.get("telnyx.verify.noFqdn", inboundHost.get(), inboundId));
        }
        Optional<StoredTrunk> lk = livekit.findTrunk(livekitTrunkId);
        if (lk.isEmpty()) {
            out.add(Messages.get("carrier.verify.livekitMissing", livekitTrunkId));
            return out;
        }
        if (!sipHost.equalsIgnoreCase(lk.get().spec().address())) {
            out.add(Messages.get("telnyx.verify.address", lk.get().spec().address(), sipHost));
        }
        for (String n : numbers) {
            if (!lk.get().spec().numbers().contains(n)) {
                out.add(Messages.get("carrier.verify.livekitNumber", n));
            }
        }
        if (!c.userName().equals(lk.get().spec().authUsername())) {
            out.add(Messages.get("telnyx.verify.username", c.userName()));
        }
        boolean header = lk.get().spec().headers().entrySet().stream().anyMatch(h ->
                h.getKey().equalsIgnoreCase(TelnyxHeader.NAME) && h.getValue().equals(c.userName()));
        if (!header) {
            out.add(Messages.get("telnyx.verify.header", TelnyxHeader.NAME, c.userName()));
        }
        return out;
    }
}
