package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A test run must leave a clean checkout clean: shots go under target/, docs/ only on an explicit refresh. */
@ExtendWith(ApplicationExtension.class)
class ScreensTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        StackPane pane = new StackPane(new Label("A shot that must not land in docs/"));
        pane.setStyle("-fx-background-color: linear-gradient(to bottom right, white, steelblue, orange);");
        scene = new Scene(pane, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void shotsGoUnderTargetAndDocsStaysUntouched(FxRobot robot) throws Exception {
        Path docs = Path.of("docs", "screenshots", "01-project.png");
        long before = Files.getLastModifiedTime(docs).toMillis();
        Path written = Screens.shoot(robot, scene, "01-project.png");
        assertEquals(Path.of("target", "screenshots", "01-project.png"), written);
        assertTrue(Files.size(written) > 1_000);
        if (!Screens.refreshing()) {
            assertEquals(before, Files.getLastModifiedTime(docs).toMillis(), "docs/screenshots left alone");
        }
    }
}
