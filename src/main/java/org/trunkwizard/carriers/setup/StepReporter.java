package org.trunkwizard.carriers.setup;

import java.util.function.Supplier;

/**
 * Reports each step of a setup or an undo once its change is recorded, and stops right after it when asked, so a
 * stop leaves a state that a rerun completes (and, for a setup, that undo removes).
 */
public final class StepReporter {

    private final SetupProgress progress;
    private final Supplier<SetupStoppedException> stopped;

    public StepReporter(SetupProgress progress) {
        this(progress, SetupStoppedException::new);
    }

    private StepReporter(SetupProgress progress, Supplier<SetupStoppedException> stopped) {
        this.progress = progress;
        this.stopped = stopped;
    }

    /** For an undo: a stop says that undo again removes the rest. */
    public static StepReporter forUndo(SetupProgress progress) {
        return new StepReporter(progress, SetupStoppedException::duringUndo);
    }

    public void step(String action, String target, String result) throws SetupStoppedException {
        progress.step(new SetupStep(action, target, result));
        if (progress.stopRequested()) {
            throw stopped.get();
        }
    }
}
