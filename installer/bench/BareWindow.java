import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick for start-up: the least a JavaFX window can be. Prints its first frame like the app does. */
public class BareWindow extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 960, 680));
        stage.setOnShown(e -> Platform.runLater(() -> {
            long now = System.currentTimeMillis();
            long ms = now - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first frame after " + ms + " ms, at " + now + " (epoch ms)");
            Platform.exit();
        }));
        stage.show();
    }
}
