package org.trunkwizard.ui;

import java.util.Arrays;
import javafx.application.Application;

/** Starts the window. Kept apart from {@link WizardApp} so {@code Main} can call it without being an Application. */
public final class WizardLauncher {

    private WizardLauncher() {
    }

    public static void launch(String[] args) {
        WizardApp.exitAfterFirstFrame = Arrays.asList(args).contains("--exit-after-first-frame");
        Application.launch(WizardApp.class, args);
    }
}
