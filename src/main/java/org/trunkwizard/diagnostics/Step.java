package org.trunkwizard.diagnostics;

import java.util.Locale;
import org.trunkwizard.i18n.Messages;

/** The checks, in the order they run: each one explains the failures of those after it. */
public enum Step {
    DNS, TCP, TLS, SIP;

    private static final String TITLE_PREFIX = "diagnose.step.";

    /** The name in {@code --json} output. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the step checks, in words, for progress and the human output. */
    public String title() {
        return Messages.get(TITLE_PREFIX + jsonName());
    }
}
