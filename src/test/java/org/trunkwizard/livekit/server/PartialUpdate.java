package org.trunkwizard.livekit.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.List;
import java.util.Map;
import livekit.LivekitModels.ListUpdate;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkUpdate;

/**
 * LiveKit's update action for an outbound trunk: each field the update sets replaces the stored one, every other
 * field (unknown ones included) stays; numbers change through a ListUpdate. Behaviour learnt from livekit/protocol's
 * SIPOutboundTrunkUpdate and ListUpdate; the words are ours.
 */
final class PartialUpdate {

    private PartialUpdate() {
    }

    static SIPOutboundTrunkInfo apply(SIPOutboundTrunkInfo stored, SIPOutboundTrunkUpdate update) throws TwirpError {
        SIPOutboundTrunkInfo.Builder b = stored.toBuilder();
        // Every optional field of the update has a namesake in the trunk; only the numbers are a list update.
        for (Map.Entry<FieldDescriptor, Object> set : update.getAllFields().entrySet()) {
            if (!set.getKey().getName().equals("numbers")) {
                b.setField(SIPOutboundTrunkInfo.getDescriptor().findFieldByName(set.getKey().getName()),
                        set.getValue());
            }
        }
        if (update.hasNumbers()) {
            b.clearNumbers().addAllNumbers(apply(stored.getNumbersList(), update.getNumbers()));
        }
        return b.build();
    }

    /** set replaces the list; clear empties it; otherwise remove, then add what is not there yet. */
    static List<String> apply(List<String> list, ListUpdate update) throws TwirpError {
        boolean modifies = update.getAddCount() + update.getRemoveCount() > 0;
        if (update.getSetCount() > 0 && (modifies || update.getClear())) {
            throw ServerValidation.invalid("list update: set cannot be combined with add, remove or clear");
        }
        if (update.getSetCount() > 0) {
            return List.copyOf(update.getSetList());
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(update.getClear() ? List.of() : list);
        update.getRemoveList().forEach(out::remove);
        out.addAll(update.getAddList());
        return new ArrayList<>(out);
    }
}
