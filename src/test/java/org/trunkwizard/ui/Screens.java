package org.trunkwizard.ui;

import java.awt.image.BufferedImage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a scene shows to a PNG (called on the FX thread). Shots go to target/screenshots, so a test run
 * leaves a clean checkout clean; {@code -Dscreenshots.refresh=true} also copies them over the README's pictures in
 * docs/screenshots (see docs/refresh-screenshots.sh).
 */
public final class Screens {

    /** Where every test run writes its shots. */
    public static final Path DIR = Path.of("target", "screenshots");
    /** Where the README's screenshots live; written only on an explicit refresh. */
    public static final Path DOCS = Path.of("docs", "screenshots");

    private Screens() {
    }

    static boolean refreshing() {
        return Boolean.getBoolean("screenshots.refresh");
    }

    /** Renders {@code scene} into target/screenshots/{@code name} once the FX queue is idle; fails on an empty image. */
    public static Path shoot(FxRobot robot, Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = DIR.resolve(name);
        robot.interact(() -> {
            try {
                save(scene, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 10_000, name + " looks empty");
        return file;
    }

    /** Writes the PNG under target/screenshots/{@code name} (and docs/screenshots on a refresh). */
    public static Path save(Scene scene, String name) throws IOException {
        Path file = DIR.resolve(name);
        save(scene, file);
        return file;
    }

    private static void save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        if (refreshing()) {
            Files.createDirectories(DOCS);
            Files.copy(file, DOCS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
