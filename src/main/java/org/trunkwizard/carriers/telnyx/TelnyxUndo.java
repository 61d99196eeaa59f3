package org.trunkwizard.carriers.telnyx;

import java.util.List;
import java.util.Map;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupStoppedException;
import org.trunkwizard.carriers.setup.StepReporter;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Removes what the record says this tool created, newest first, and nothing else: numbers go back where they were
 * (a moved number to its old connection, any other unassigned), a reused connection or profile stays. Each removal
 * is recorded before it is reported, and Stop is honoured after the report (as for the setup), so an undo that was
 * stopped or failed part way is finished by running it again, which touches nothing already removed.
 */
final class TelnyxUndo {

    private final TelnyxClient telnyx;
    private final TrunkService livekit;
    private final TelnyxState state;
    private final StepReporter steps;

    TelnyxUndo(TelnyxClient telnyx, TrunkService livekit, TelnyxState state, SetupProgress progress) {
        this.telnyx = telnyx;
        this.livekit = livekit;
        this.state = state;
        this.steps = StepReporter.forUndo(progress);
    }

    void run() throws CarrierApiException, ApiException {
        TelnyxState.Created c = state.created;
        if (state.isEmpty()) {
            steps.step("undo", "telnyx setup", "nothing recorded");
            return;
        }
        if (c.livekitTrunk) {
            if (livekit.findTrunk(c.livekitTrunkId).isPresent()) {
                livekit.deleteTrunk(c.livekitTrunkId);
            }
            done(() -> c.livekitTrunk = false, "delete", "livekit trunk " + c.livekitTrunkId);
        }
        List<String> own = state.ownConnections();
        for (Map.Entry<String, String> n : List.copyOf(c.assignedFrom.entrySet())) {
            String id = n.getKey();
            String before = n.getValue();
            // Only a number still where we put it: one the admin has moved since is theirs again.
            boolean ours = telnyx.phoneNumbers().stream().anyMatch(p -> p.id().equals(id)
                    && own.contains(p.connectionId()));
            if (ours) {
                remove(() -> telnyx.assignNumber(id, before));
            }
            done(() -> c.assignedFrom.remove(id), before.isEmpty() ? "unassign" : "move back",
                    "number " + id + (before.isEmpty() ? "" : " to connection " + before), ours);
        }
        if (c.fqdnConnection) {
            remove(() -> telnyx.deleteFqdnConnection(c.fqdnConnectionId));
            done(() -> {
                c.fqdnConnection = false;
                c.fqdnId = ""; // went with its connection
            }, "delete", "telnyx fqdn connection " + c.fqdnConnectionId);
        }
        if (c.connection) {
            remove(() -> telnyx.deleteCredentialConnection(c.connectionId));
            done(() -> c.connection = false, "delete", "telnyx connection " + c.connectionId);
        }
        if (c.profile) {
            remove(() -> telnyx.deleteOutboundVoiceProfile(c.profileId));
            done(() -> c.profile = false, "delete", "telnyx outbound voice profile " + c.profileId);
        }
        state.forget();
    }

    /** A removal of something already gone is done: an undo that failed part way must be able to run again. */
    interface Removal {
        void run() throws TelnyxException;
    }

    private static void remove(Removal removal) throws TelnyxException {
        try {
            removal.run();
        } catch (TelnyxException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /** Recorded first, then reported: a Stop right after the report leaves a record of only what is left. */
    private void done(Runnable record, String action, String target) throws SetupStoppedException {
        done(record, action, target, true);
    }

    /** @param acted false when the record let go of something the admin has changed since, which stays as it is */
    private void done(Runnable record, String action, String target, boolean acted) throws SetupStoppedException {
        record.run();
        state.save();
        String result = !acted ? "moved-since" : switch (action) {
            case "delete" -> "deleted";
            case "unassign" -> "unassigned";
            default -> "moved back";
        };
        steps.step(action, target, result);
    }
}
