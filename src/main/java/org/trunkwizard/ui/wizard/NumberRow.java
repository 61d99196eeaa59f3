package org.trunkwizard.ui.wizard;

import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.NumberStatus;

/** One line of the numbers list: what will be sent, where it is, and what the wizard makes of it. */
public record NumberRow(String e164, String raw, String country, NumberStatus status, String message) {

    NumberRow(NumberEntry n) {
        this(n.e164(), n.raw(), n.country(), n.status(), n.problem() == null ? "" : n.problem().message());
    }

    /** Icon and words, so the status never rests on colour alone. */
    public String statusText() {
        String icon = switch (status) {
            case VALID -> "\u2714";
            case NOT_ASSIGNED, DUPLICATE, SPELLED -> "\u26A0";
            case INVALID -> "\u2716";
        };
        String words = message.isEmpty() ? Ui.text("ui.number.status." + status.name().toLowerCase(java.util.Locale.ROOT))
                : message;
        return icon + " " + words;
    }

    String styleClass() {
        return switch (status) {
            case VALID -> "ok";
            case NOT_ASSIGNED, DUPLICATE, SPELLED -> "warning";
            case INVALID -> "error";
        };
    }
}
