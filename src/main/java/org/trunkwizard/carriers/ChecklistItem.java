package org.trunkwizard.carriers;

import java.util.List;
import java.util.Objects;

/**
 * One step the user does by hand outside the wizard.
 *
 * @param id          stable identifier (e.g. {@code twilio.termination}) for tests, the window's node ids and --json
 * @param title       the step in a few words
 * @param explanation what to do and why, in plain words
 * @param values      values to paste, each with a Copy button; may be empty
 */
public record ChecklistItem(String id, String title, String explanation, List<CopyValue> values) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        values = values == null ? List.of() : List.copyOf(values);
    }
}
