package org.trunkwizard.diagnostics;

/** Told as each step starts and ends, so the window and the terminal can show where the check is. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    default void started(Step step) {
    }

    default void finished(StepResult result) {
    }
}
