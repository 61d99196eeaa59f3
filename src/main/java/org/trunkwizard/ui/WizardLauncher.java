package org.trunkwizard.ui;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the window. Kept apart from {@link WizardApp} so {@code Main} can call it without being an Application. */
public final class WizardLauncher {

    private WizardLauncher() {
    }

    /** Held so the level set below is not lost when the logger is collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    public static void launch(String[] args) {
        if (WizardLauncher.class.getModule().isNamed() == Application.class.getModule().isNamed()) {
            // Run as one jar (java -jar), JavaFX sits on the class path beside us and warns "Unsupported JavaFX
            // configuration" on every start: a fact about packaging, nothing a user can act on.
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        WizardApp.exitAfterFirstFrame = Arrays.asList(args).contains("--exit-after-first-frame");
        Application.launch(WizardApp.class, args);
        // The window is gone: end here, though the keychain's D-Bus connection leaves a non-daemon thread behind.
        System.exit(0);
    }
}
