package org.trunkwizard.validation;

import java.util.Locale;

/** An error blocks (Next stays disabled, the CLI exits 1); a warning informs and never blocks. */
public enum Severity {
    ERROR, WARNING;

    /** "error" or "warning", as the CLI prints it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
