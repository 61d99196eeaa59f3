package org.trunkwizard.carriers.twilio;

import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupStep;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Removes what the state file says this tool created, newest first, and nothing else: a reused trunk keeps its
 * other numbers and lists, a reused credential list stays. Each removal is recorded as it happens, so an undo
 * that fails part way can be run again.
 */
final class TwilioUndo {

    private final TwilioClient twilio;
    private final TrunkService livekit;
    private final SetupState state;
    private final SetupProgress progress;

    TwilioUndo(TwilioClient twilio, TrunkService livekit, SetupState state, SetupProgress progress) {
        this.twilio = twilio;
        this.livekit = livekit;
        this.state = state;
        this.progress = progress;
    }

    void run() throws TwilioException, ApiException {
        SetupState.Created c = state.created;
        if (state.isEmpty()) {
            progress.step(new SetupStep("undo", "twilio setup", "nothing recorded"));
            return;
        }
        if (c.livekitTrunk) {
            if (livekit.findTrunk(c.livekitTrunkId).isPresent()) {
                livekit.deleteTrunk(c.livekitTrunkId);
            }
            done(() -> c.livekitTrunk = false, "livekit trunk " + c.livekitTrunkId);
        }
        if (!c.trunk) {
            // The trunk was the admin's: take back only our own attachments.
            if (!c.originationUrlSid.isEmpty()) {
                remove(() -> twilio.deleteOriginationUrl(c.trunkSid, c.originationUrlSid));
                done(() -> c.originationUrlSid = "", "origination url on " + c.trunkSid);
            }
            for (String number : java.util.List.copyOf(c.numberSids)) {
                remove(() -> twilio.detachNumber(c.trunkSid, number));
                done(() -> c.numberSids.remove(number), "number " + number + " from " + c.trunkSid);
            }
            if (c.credentialListAttached) {
                remove(() -> twilio.detachCredentialList(c.trunkSid, c.credentialListSid));
                done(() -> c.credentialListAttached = false, "credential list from " + c.trunkSid);
            }
        } else {
            // Deleting the trunk releases its numbers, lists and URLs with it.
            remove(() -> twilio.deleteTrunk(c.trunkSid));
            done(() -> c.trunk = false, "twilio trunk " + c.trunkSid);
        }
        // Moved numbers go back where they were, now that our trunk has let go of them.
        for (java.util.Map.Entry<String, String> moved : java.util.List.copyOf(c.movedFrom.entrySet())) {
            String number = moved.getKey();
            String[] was = moved.getValue().split(":", 2);
            if ("trunk".equals(was[0])) {
                remove(() -> twilio.attachNumber(was[1], number));
            } else {
                remove(() -> twilio.setVoiceApplication(number, was[1]));
            }
            c.movedFrom.remove(number);
            state.save();
            progress.step(new SetupStep("move back", "number " + number + " to " + was[0] + " " + was[1],
                    "moved back"));
        }
        if (!c.credentialList && !c.credentialSid.isEmpty()) {
            remove(() -> twilio.deleteCredential(c.credentialListSid, c.credentialSid));
            done(() -> c.credentialSid = "", "twilio credential " + c.credentialSid);
        }
        if (c.credentialList) {
            remove(() -> twilio.deleteCredentialList(c.credentialListSid));
            done(() -> c.credentialList = false, "twilio credential list " + c.credentialListSid);
        }
        state.forget();
    }

    /** A removal of something already gone is done: an undo that failed part way must be able to run again. */
    interface Removal {
        void run() throws TwilioException;
    }

    private static void remove(Removal removal) throws TwilioException {
        try {
            removal.run();
        } catch (TwilioException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private void done(Runnable record, String target) {
        record.run();
        state.save();
        progress.step(new SetupStep("delete", target, "deleted"));
    }
}
