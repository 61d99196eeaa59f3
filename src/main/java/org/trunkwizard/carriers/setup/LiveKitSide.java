package org.trunkwizard.carriers.setup;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkPatch;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * The LiveKit half of every carrier's setup: find the trunk a run made before (by its recorded ID, else by what
 * only it would match), give it a password the carrier side made again, or create it through the existing create,
 * so its rules and no-duplicate guarantee apply whichever carrier asked.
 */
public final class LiveKitSide {

    private final TrunkService livekit;
    private final StepReporter steps;

    public LiveKitSide(TrunkService livekit, StepReporter steps) {
        this.livekit = livekit;
        this.steps = steps;
    }

    public Optional<StoredTrunk> find(String recordedId, Predicate<StoredTrunk> madeByThisSetup) throws ApiException {
        if (!recordedId.isEmpty()) {
            Optional<StoredTrunk> byId = livekit.findTrunk(recordedId);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return livekit.listTrunks().stream().filter(madeByThisSetup).findFirst();
    }

    /** A credential made again on the carrier (deleted there since) has a new password: LiveKit must get it too. */
    public StoredTrunk reuse(StoredTrunk trunk, Optional<String> newPassword) throws ApiException,
            SetupStoppedException {
        String target = "livekit trunk " + trunk.spec().name() + " (" + trunk.trunkId() + ")";
        if (newPassword.isEmpty()) {
            steps.step("reuse", target, "reused");
            return trunk;
        }
        StoredTrunk updated = livekit.updateTrunk(trunk.trunkId(), TrunkPatch.password(newPassword.get()));
        steps.step("update", target + " (new password)", "updated");
        return updated;
    }

    /** {@code record} keeps the new trunk's ID in the setup's record before the step is reported. */
    public StoredTrunk create(TrunkSpec spec, Consumer<String> record) throws ApiException, SetupStoppedException {
        StoredTrunk made = livekit.createTrunk(spec).trunk();
        record.accept(made.trunkId());
        steps.step("create", "livekit trunk " + spec.name() + " (" + made.trunkId() + ")", "created");
        return made;
    }
}
