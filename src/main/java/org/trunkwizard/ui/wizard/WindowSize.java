package org.trunkwizard.ui.wizard;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Stage;
import org.trunkwizard.config.PrivateFolder;

/** The window's last size, in the config folder, so it opens as the user left it. The default is the scene's. */
public record WindowSize(double width, double height) {

    static final WindowSize DEFAULT = new WindowSize(WizardController.WIDTH, WizardController.HEIGHT);
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 600;

    /** A missing, unreadable or absurd file gives the default: never a reason not to open. */
    static WindowSize load(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            double w = Double.parseDouble(p.getProperty("width", ""));
            double h = Double.parseDouble(p.getProperty("height", ""));
            if (w < MIN_WIDTH || h < MIN_HEIGHT || w > 10_000 || h > 10_000) {
                return DEFAULT;
            }
            return new WindowSize(w, h);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    /** The outer size, as the window manager sees it; restored with {@link #applyTo}. */
    static WindowSize of(Stage stage) {
        return new WindowSize(stage.getWidth(), stage.getHeight());
    }

    void applyTo(Stage stage) {
        if (!equals(DEFAULT)) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
    }

    /** Best effort: a window size is not worth an error message. */
    void save(Path file) {
        Properties p = new Properties();
        p.setProperty("width", Long.toString(Math.round(width)));
        p.setProperty("height", Long.toString(Math.round(height)));
        try {
            PrivateFolder.ensure(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, null);
            }
        } catch (IOException e) {
            // The next start simply uses the default size.
        }
    }
}
