package org.trunkwizard.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.trunkwizard.i18n.Messages;

/** The wizard window. */
public final class WizardApp extends Application {

    static volatile boolean exitAfterFirstFrame;

    @Override
    public void start(Stage stage) {
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(new Scene(new StackPane(new Label(Messages.get("app.tagline"))), 960, 680));
        if (exitAfterFirstFrame) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first frame after " + ms + " ms");
                Platform.exit();
            }));
        }
        stage.show();
    }
}
