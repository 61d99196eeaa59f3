package org.trunkwizard.carriers;

import java.util.Set;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;

/**
 * What choosing a carrier means for the form.
 *
 * @param carrier             the carrier
 * @param displayName         "Twilio", "Telnyx", "LiveKit Phone Numbers", "Another SIP provider"
 * @param suggestedName       trunk name offered when the name is empty, e.g. "Twilio outbound"
 * @param defaultAddress      address filled when empty ({@code sip.telnyx.com}); empty when the user must type it
 * @param transport           the transport to start with
 * @param mediaEncryption     the SRTP setting to start with
 * @param relevantFields      lk JSON field names the form shows for this carrier; the rest stay hidden
 * @param hint                one line under the connection settings: why these defaults, what to change later
 * @param placesOutboundCalls false for LiveKit Phone Numbers, which are inbound-only today
 */
public record CarrierPreset(
        Carrier carrier,
        String displayName,
        String suggestedName,
        String defaultAddress,
        Transport transport,
        MediaEncryption mediaEncryption,
        Set<String> relevantFields,
        String hint,
        boolean placesOutboundCalls) {

    public CarrierPreset {
        relevantFields = Set.copyOf(relevantFields);
    }

    public boolean isRelevant(String field) {
        return relevantFields.contains(field);
    }
}
