package org.trunkwizard.diagnostics;

import java.util.Objects;
import org.trunkwizard.i18n.Messages;

/** One finished step: whether it passed, what it saw in plain words, and how long it took. */
public record StepResult(Step step, boolean ok, String detail, long millis) {

    public StepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line, the same in the terminal and the window: {@code ok    Name (DNS): ... (12 ms)}. */
    public String line() {
        return Messages.get(ok ? "diagnose.line.ok" : "diagnose.line.failed", step.title(), detail, millis);
    }
}
