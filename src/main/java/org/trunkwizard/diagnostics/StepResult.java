package org.trunkwizard.diagnostics;

import java.util.Objects;

/** One finished step: whether it passed, what it saw in plain words, and how long it took. */
public record StepResult(Step step, boolean ok, String detail, long millis) {

    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(detail, "detail");
    }
}
