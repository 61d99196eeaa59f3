package org.trunkwizard.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Primer light or dark for every window of the app. The {@code trunkwizard.theme} property is applied at once; else
 * the window opens light and turns dark after its first frame if the OS asks for it (the OS is asked off the FX
 * thread: a slow {@code gsettings} must never delay the window).
 */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Call on the FX thread before the first window is shown. */
    public static void followOs(OsAppearance os) {
        var chosen = OsAppearance.override(System.getProperty(OsAppearance.PROPERTY));
        apply(chosen.orElse(false));
        if (chosen.isPresent()) {
            return;
        }
        Ui.afterFirstFrame(() -> {
            Thread t = new Thread(() -> {
                if (os.prefersDark()) {
                    Platform.runLater(() -> apply(true));
                }
            }, "theme-probe");
            t.setDaemon(true);
            t.start();
        });
    }
}
