package org.trunkwizard.carriers.twilio;

import java.util.List;
import java.util.Map;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupStoppedException;
import org.trunkwizard.carriers.setup.StepReporter;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Removes what the state file says this tool created, newest first, and nothing else: a reused trunk keeps its
 * other numbers and lists, a reused credential list stays. Each removal is recorded before it is reported, and Stop
 * is honoured after the report (as for the setup), so an undo that was stopped or failed part way is finished by
 * running it again, which touches nothing already removed.
 */
final class TwilioUndo {

    private final TwilioClient twilio;
    private final TrunkService livekit;
    private final SetupState state;
    private final StepReporter steps;

    TwilioUndo(TwilioClient twilio, TrunkService livekit, SetupState state, SetupProgress progress) {
        this.twilio = twilio;
        this.livekit = livekit;
        this.state = state;
        this.steps = StepReporter.forUndo(progress);
    }

    void run() throws CarrierApiException, ApiException {
        SetupState.Created c = state.created;
        if (state.isEmpty()) {
            steps.step("undo", "twilio setup", "nothing recorded");
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
            for (String number : List.copyOf(c.numberSids)) {
                remove(() -> twilio.detachNumber(c.trunkSid, number));
                done(() -> c.numberSids.remove(number), "number " + number + " from " + c.trunkSid);
            }
            if (c.credentialListAttached) {
                remove(() -> twilio.detachCredentialList(c.trunkSid, c.credentialListSid));
                done(() -> c.credentialListAttached = false, "credential list from " + c.trunkSid);
            }
        } else {
            // Deleting the trunk releases its numbers, lists and URLs with it: none is left for a rerun to take back.
            remove(() -> twilio.deleteTrunk(c.trunkSid));
            done(() -> {
                c.trunk = false;
                c.originationUrlSid = "";
                c.numberSids.clear();
                c.credentialListAttached = false;
            }, "twilio trunk " + c.trunkSid);
        }
        // Moved numbers go back where they were, now that our trunk has let go of them.
        for (Map.Entry<String, String> moved : List.copyOf(c.movedFrom.entrySet())) {
            String number = moved.getKey();
            String[] was = moved.getValue().split(":", 2);
            // Putting back is not a removal: a 404 (the old trunk or app, or the number, gone since) means it did
            // not happen, and the admin must hear that rather than "moved back".
            boolean back = true;
            try {
                if ("trunk".equals(was[0])) {
                    twilio.attachNumber(was[1], number);
                } else {
                    twilio.setVoiceApplication(number, was[1]);
                }
            } catch (TwilioException e) {
                if (e.status() != 404) {
                    throw e;
                }
                back = false;
            }
            c.movedFrom.remove(number);
            state.save();
            steps.step("move back", "number " + number + " to " + was[0] + " " + was[1],
                    back ? "moved back" : "old-place-gone");
        }
        if (!c.credentialList && !c.credentialSid.isEmpty()) {
            remove(() -> twilio.deleteCredential(c.credentialListSid, c.credentialSid));
            done(() -> c.credentialSid = "", "twilio credential " + c.credentialSid);
        }
        if (c.credentialList) {
            remove(() -> twilio.deleteCredentialList(c.credentialListSid));
            done(() -> {
                c.credentialList = false;
                c.credentialSid = ""; // went with its list
            }, "twilio credential list " + c.credentialListSid);
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

    /** Recorded first, then reported: a Stop right after the report leaves a record of only what is left. */
    private void done(Runnable record, String target) throws SetupStoppedException {
        record.run();
        state.save();
        steps.step("delete", target, "deleted");
    }
}
