package org.trunkwizard.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.trunkwizard.i18n.Messages;

/**
 * Run in a JVM of its own by {@link ExitOnCloseTest}: the real launcher, with whatever keychain its environment
 * offers (a private Secret Service over D-Bus, or none). Once the window has opened its keychain session and said
 * so on page 1, it prints what the keychain line says and which non-daemon threads are alive (a D-Bus connection
 * leaves some), then clicks the window's close box.
 */
public final class CloseExitsProbe {

    private CloseExitsProbe() {
    }

    public static void main(String[] args) {
        Thread closer = new Thread(CloseExitsProbe::closeTheWindowOnceTheKeychainIsOpen, "closer");
        closer.setDaemon(true);
        closer.start();
        WizardLauncher.launch(new String[0]);
    }

    private static void closeTheWindowOnceTheKeychainIsOpen() {
        String checking = Messages.get("ui.project.remember.checking");
        for (int i = 0; i < 300; i++) {
            try {
                Thread.sleep(100);
                AtomicReference<String> said = new AtomicReference<>();
                CountDownLatch asked = new CountDownLatch(1);
                Platform.runLater(() -> {
                    for (Window w : Window.getWindows()) {
                        Node line = w.getScene() == null ? null : w.getScene().lookup("#rememberLine");
                        Node box = w.getScene() == null ? null : w.getScene().lookup("#remember");
                        if (w instanceof Stage s && s.isShowing() && line instanceof Labeled l && box != null
                                && !checking.equals(l.getText())) {
                            said.set(box.isDisabled() ? "none (" + l.getText() + ")" : "available");
                        }
                    }
                    asked.countDown();
                });
                asked.await();
                if (said.get() == null) {
                    continue;
                }
                System.out.println("keychain: " + said.get());
                System.out.println("non-daemon threads: " + Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> !t.isDaemon() && t.isAlive()).map(Thread::getName).sorted().toList());
                Platform.runLater(() -> {
                    // A copy: closing a window takes it out of the list.
                    for (Window w : java.util.List.copyOf(Window.getWindows())) {
                        if (w instanceof Stage s && s.isShowing()) {
                            s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
                            s.close();
                            System.out.println("closed");
                        }
                    }
                });
                return;
            } catch (InterruptedException | IllegalStateException e) {
                // the toolkit is not up yet: ask again
            }
        }
    }
}
