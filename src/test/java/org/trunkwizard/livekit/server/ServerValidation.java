package org.trunkwizard.livekit.server;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.SIPOutboundTrunkInfo;

/**
 * LiveKit's own server-side checks (livekit/protocol sip_validation.go), as loose as the real server: no number
 * format, no hostname syntax, no DNS. The wizard must be stricter; this shows what gets through.
 */
final class ServerValidation {

    private static final Set<String> RESERVED_HEADERS = Set.of(
            "accept", "accept-encoding", "accept-language", "allow", "allow-events", "call-id", "contact",
            "content-encoding", "content-length", "content-type", "cseq", "event", "expires", "from",
            "max-forwards", "record-route", "refer-to", "reply-to", "k", "l", "m", "o", "r", "t", "u", "v");

    private ServerValidation() {
    }

    static void outboundTrunk(SIPOutboundTrunkInfo trunk) throws TwirpError {
        if (trunk.getNumbersCount() == 0) {
            throw invalid("no trunk numbers specified");
        }
        String address = trunk.getAddress();
        if (address.isEmpty()) {
            throw invalid("no outbound address specified");
        }
        if (address.startsWith("sip:") || address.startsWith("sips:") || address.contains("@")
                || address.contains(";") || address.contains("transport=")) {
            throw invalid("trunk address should be a hostname or IP, not SIP URI");
        }
        headers(trunk.getHeadersMap());
    }

    private static void headers(Map<String, String> headers) throws TwirpError {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (name.isEmpty() || name.length() > 255 || !name.matches("[A-Za-z0-9.!%*_+`'~-]+")) {
                throw invalid("invalid header name: " + name);
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw invalid("header " + name + " is reserved and cannot be set");
            }
            String value = h.getValue();
            if (value.length() > 1024 || value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c == 0x7f))) {
                throw invalid("invalid value for header " + name);
            }
        }
    }

    static void participant(CreateSIPParticipantRequest r) throws TwirpError {
        if (r.getSipTrunkId().isEmpty() && !r.hasTrunk()) {
            throw invalid("missing sip trunk id");
        }
        if (r.getSipCallTo().isEmpty()) {
            throw invalid("missing sip callee number");
        }
        if (r.getSipCallTo().contains("@")) {
            throw invalid("SipCallTo should be a phone number or SIP user, not a full SIP URI");
        }
        if (r.getRoomName().isEmpty()) {
            throw invalid("missing room name");
        }
    }

    static TwirpError invalid(String msg) {
        return new TwirpError("invalid_argument", msg);
    }
}
