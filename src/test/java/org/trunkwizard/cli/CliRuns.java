package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.Timeouts;

/**
 * Runs commands as a user would, against a LiveKit(-compatible test server) named in {@code env}, with short
 * timeouts, and keeps everything they printed so a test can check, at the end, that no secret and no stack trace
 * ever reached the user.
 */
final class CliRuns {

    static final Timeouts SHORT = new Timeouts(Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofSeconds(2));

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Map<String, String> env;
    private final List<Result> results = new ArrayList<>();
    /** The runs' shared config folder for create's turns and pending markers, as one user's runs share theirs. */
    private final Path state;

    /** {@code env} is read at each run, so a test may change it between runs. */
    CliRuns(Map<String, String> env) {
        this.env = env;
        try {
            this.state = Files.createTempDirectory("trunkwizard-runs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result run(String... args) {
        CapturedConsole captured = new CapturedConsole(env, null);
        return kept(captured, captured.run(connection -> new SipApi(connection, SHORT, state), args));
    }

    /** With the timeouts a user gets (connect 5 s, read 15 s): slow on purpose. */
    Result runAsShipped(String... args) {
        CapturedConsole captured = new CapturedConsole(env, null);
        return kept(captured, captured.run(args));
    }

    private Result kept(CapturedConsole captured, int exit) {
        Result r = new Result(exit, captured.out(), captured.err());
        results.add(r);
        return r;
    }

    void assertNothingLeaked(String... secrets) {
        for (Result r : results) {
            for (String secret : secrets) {
                assertFalse(r.all().contains(secret), "a secret was printed:\n" + r.all());
            }
            assertFalse(r.all().contains("\tat "), "a stack trace was printed:\n" + r.all());
        }
    }
}
