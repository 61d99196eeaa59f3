package org.trunkwizard.carriers.setup;

/**
 * Reports each step of a setup once its change is recorded, and stops right after it when asked, so a stop leaves a
 * state that a rerun completes and undo removes.
 */
public final class StepReporter {

    private final SetupProgress progress;

    public StepReporter(SetupProgress progress) {
        this.progress = progress;
    }

    public void step(String action, String target, String result) throws SetupStoppedException {
        progress.step(new SetupStep(action, target, result));
        if (progress.stopRequested()) {
            throw new SetupStoppedException();
        }
    }
}
