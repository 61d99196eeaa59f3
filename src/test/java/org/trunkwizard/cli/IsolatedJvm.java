package org.trunkwizard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.trunkwizard.config.AppDirs;

/**
 * For secret-hygiene tests: each test gets its own config folder ({@code -Dtrunkwizard.configDir}) and the JVM's
 * System.out and System.err are captured, so whatever anything prints, not only our Console, can be searched; so is
 * whatever is logged (the console log handler writes to the System.err it found when logging started, not to a
 * replaced one). Tests using it hold the locks on system properties, System.out and System.err. Registered as an
 * extension it starts before each test; a TestFX test, whose window opens before such extensions run, calls
 * {@link #start()} and {@link #stop()} itself.
 */
public final class IsolatedJvm implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final StringBuilder logged = new StringBuilder();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.append(new SimpleFormatter().format(r));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Path config;
    private String previousConfig;
    private PrintStream realOut;
    private PrintStream realErr;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        stop();
    }

    public void start() throws IOException {
        config = Files.createTempDirectory("trunkwizard-config");
        captured.reset();
        logged.setLength(0);
        previousConfig = System.getProperty(AppDirs.OVERRIDE_PROPERTY);
        System.setProperty(AppDirs.OVERRIDE_PROPERTY, config.toString());
        realOut = System.out;
        realErr = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        Logger.getLogger("").addHandler(logCapture);
    }

    public void stop() throws IOException {
        Logger.getLogger("").removeHandler(logCapture);
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
    public Path config() {
        return config;
    }

    /** What went to System.out and System.err, and what was logged, during this test so far. */
    public String printed() {
        synchronized (logged) {
            return captured.toString(StandardCharsets.UTF_8) + logged;
        }
    }
}
