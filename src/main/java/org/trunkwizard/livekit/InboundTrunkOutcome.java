package org.trunkwizard.livekit;

import java.util.List;
import livekit.LivekitSip.SIPInboundTrunkInfo;

/** An inbound trunk (ID, name, numbers), and whether it was there before this run asked for it. */
public record InboundTrunkOutcome(String trunkId, String name, List<String> numbers, boolean alreadyExisted) {

    public InboundTrunkOutcome {
        numbers = List.copyOf(numbers);
    }

    static InboundTrunkOutcome of(SIPInboundTrunkInfo info, boolean alreadyExisted) {
        return new InboundTrunkOutcome(info.getSipTrunkId(), info.getName(), info.getNumbersList(), alreadyExisted);
    }
}
