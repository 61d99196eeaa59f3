package org.trunkwizard.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.trunkwizard.startup.ArchiveRelaunch;
import org.trunkwizard.ui.common.OsAppearance;
import org.trunkwizard.ui.common.Theme;
import org.trunkwizard.ui.common.Ui;
import org.trunkwizard.ui.wizard.WizardController;
import org.trunkwizard.validation.PhoneNumbers;

/**
 * The wizard window. Nothing slow before the first frame: the keychain probe, the draft, the phone-number data and
 * the OS's light or dark preference all start after it, off the FX thread.
 */
public final class WizardApp extends Application {

    static volatile boolean exitAfterFirstFrame;

    @Override
    public void start(Stage stage) {
        Theme.followOs(OsAppearance.standard());
        if (exitAfterFirstFrame) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                // From the first JVM's start when ArchiveRelaunch started this one: the user waited for both.
                String first = System.getProperty(ArchiveRelaunch.STARTED_AT);
                long start = first != null ? Long.parseLong(first)
                        : ManagementFactory.getRuntimeMXBean().getStartTime();
                long now = System.currentTimeMillis();
                // The epoch time lets a benchmark count from its own clock, the same for every program it compares.
                System.out.println("first frame after " + (now - start) + " ms, at " + now + " (epoch ms)");
                Platform.exit();
            }));
        }
        WizardController controller = WizardController.open(stage, WizardEnv.standard());
        // Help or Credentials left open would keep the toolkit (and so the process) alive after the wizard closes.
        stage.setOnHidden(e -> {
            controller.keychain().finish(java.time.Duration.ofMillis(800));
            Platform.exit();
        });
        Ui.afterFirstFrame(WizardApp::warmUp);
    }

    /** libphonenumber reads its metadata on first use (~50 ms): do it now, so the numbers step is instant. */
    static void warmUp() {
        Thread t = new Thread(() -> PhoneNumbers.parse("+1 650 253 0000", "US"), "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
