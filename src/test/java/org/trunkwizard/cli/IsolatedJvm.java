package org.trunkwizard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.trunkwizard.config.AppDirs;

/**
 * For secret-hygiene tests: each test gets its own config folder ({@code -Dtrunkwizard.configDir}) and the JVM's
 * System.out and System.err are captured, so whatever anything prints, not only our Console, can be searched.
 * Tests using it hold the locks on system properties, System.out and System.err.
 */
final class IsolatedJvm implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private Path config;
    private String previousConfig;
    private PrintStream realOut;
    private PrintStream realErr;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        config = Files.createTempDirectory("trunkwizard-config");
        captured.reset();
        previousConfig = System.getProperty(AppDirs.OVERRIDE_PROPERTY);
        System.setProperty(AppDirs.OVERRIDE_PROPERTY, config.toString());
        realOut = System.out;
        realErr = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.setOut(realOut);
        System.setErr(realErr);
        if (previousConfig == null) {
            System.clearProperty(AppDirs.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(AppDirs.OVERRIDE_PROPERTY, previousConfig);
        }
        try (Stream<Path> files = Files.walk(config)) {
            files.sorted(Comparator.reverseOrder()).forEach(IsolatedJvm::delete);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This test's config folder. */
    Path config() {
        return config;
    }

    /** What went to System.out and System.err during this test so far. */
    String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
