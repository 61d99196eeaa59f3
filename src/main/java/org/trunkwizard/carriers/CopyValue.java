package org.trunkwizard.carriers;

import java.util.Objects;

/**
 * One value the user pastes into a carrier's console, shown beside a Copy button.
 * Never holds a password: checklists say "the password you set" and the window offers its own masked copy.
 *
 * @param label what the console calls the field, e.g. "Termination SIP URI"
 * @param value exactly what to paste
 */
public record CopyValue(String label, String value) {

    public CopyValue {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
