package org.trunkwizard.carriers.setup;

/**
 * Hears each step as it happens (a window shows it, the CLI prints it) and can ask the setup to stop. A stop is
 * honoured after the step just reported, whose change is already recorded, so a rerun continues and undo removes.
 * Called on the setup's own thread.
 */
public interface SetupProgress {

    void step(SetupStep step);

    /** Asked after every step; true ends the run with {@link SetupStoppedException}. */
    default boolean stopRequested() {
        return false;
    }

    static SetupProgress ignoring() {
        return step -> { };
    }
}
