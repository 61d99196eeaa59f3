package org.trunkwizard.livekit;

import java.util.List;
import livekit.LivekitSip.SIPInboundTrunkInfo;

/**
 * An inbound trunk (ID, name, numbers, the addresses it takes calls from, its username; never its password), and
 * whether it was there before this run asked for it. {@code otherAccess}: it was reused although its addresses or
 * username differ from what was asked (LiveKit allows one trunk per number, so a second could not be made).
 */
public record InboundTrunkOutcome(String trunkId, String name, List<String> numbers, List<String> allowedAddresses,
                                  String authUsername, boolean alreadyExisted, boolean otherAccess) {

    public InboundTrunkOutcome {
        numbers = List.copyOf(numbers);
        allowedAddresses = List.copyOf(allowedAddresses);
        authUsername = authUsername == null ? "" : authUsername;
    }

    public InboundTrunkOutcome(String trunkId, String name, List<String> numbers, boolean alreadyExisted) {
        this(trunkId, name, numbers, List.of(), "", alreadyExisted, false);
    }

    static InboundTrunkOutcome of(SIPInboundTrunkInfo info, boolean alreadyExisted) {
        return new InboundTrunkOutcome(info.getSipTrunkId(), info.getName(), info.getNumbersList(),
                info.getAllowedAddressesList(), info.getAuthUsername(), alreadyExisted, false);
    }

    /** Reused, but guarded otherwise than {@code asked}. */
    static InboundTrunkOutcome reused(SIPInboundTrunkInfo info, InboundAccess asked) {
        return new InboundTrunkOutcome(info.getSipTrunkId(), info.getName(), info.getNumbersList(),
                info.getAllowedAddressesList(), info.getAuthUsername(), true,
                !asked.sameAs(info.getAllowedAddressesList(), info.getAuthUsername()));
    }
}
