package org.trunkwizard.carriers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ordered steps to do by hand, e.g. in the Twilio Console, or after the trunk exists.
 *
 * @param title heading shown above the steps
 * @param items the steps, in the order to do them
 */
public record Checklist(String title, List<ChecklistItem> items) {

    public Checklist {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    public Optional<ChecklistItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Plain text for the CLI and for "copy all": title, then numbered steps with their values. */
    public String asText() {
        StringBuilder out = new StringBuilder(title).append('\n');
        int n = 1;
        for (ChecklistItem item : items) {
            out.append(n++).append(". ").append(item.title()).append('\n');
            out.append("   ").append(item.explanation()).append('\n');
            for (CopyValue v : item.values()) {
                out.append("   ").append(v.label()).append(": ").append(v.value()).append('\n');
            }
        }
        return out.toString();
    }
}
