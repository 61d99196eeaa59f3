package org.trunkwizard.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Run in a JVM of its own by {@link ExitOnCloseTest}: the real launcher with a non-daemon thread alive, as the
 * keychain's D-Bus connection leaves one, then a click on the window's close box once the window shows.
 */
public final class CloseExitsProbe {

    private CloseExitsProbe() {
    }

    public static void main(String[] args) {
        Thread dbusLike = new Thread(() -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dbus-like");
        dbusLike.setDaemon(false);
        dbusLike.start();
        Thread closer = new Thread(CloseExitsProbe::closeTheWindowOnceShown, "closer");
        closer.setDaemon(true);
        closer.start();
        WizardLauncher.launch(new String[0]);
    }

    private static void closeTheWindowOnceShown() {
        for (int i = 0; i < 300; i++) {
            try {
                Thread.sleep(100);
                boolean[] done = {false};
                java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    for (Window w : Window.getWindows()) {
                        if (w instanceof Stage s && s.isShowing()) {
                            s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
                            s.close();
                            System.out.println("closed");
                            done[0] = true;
                        }
                    }
                    asked.countDown();
                });
                asked.await();
                if (done[0]) {
                    return;
                }
            } catch (InterruptedException | IllegalStateException e) {
                // the toolkit is not up yet: ask again
            }
        }
    }
}
