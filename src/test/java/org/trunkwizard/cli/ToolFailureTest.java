package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bug in the tool is not "worth retrying": exit 4, one line, and the trace only with --debug. */
class ToolFailureTest {

    /** A command with a bug in it. */
    private static final Command BROKEN = new Command() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String usage() {
            return "broken";
        }

        @Override
        public int run(List<String> args, Console console) {
            throw new IllegalStateException("no such state");
        }
    };

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Map.of(),
                label -> Optional.empty());
        int exit = new Cli(console, List.of(BROKEN)).run(args);
        return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aBugExitsFourWithOneLineAndTheDebugHint() {
        String[] r = run("broken");
        assertEquals("4", r[0]);
        assertEquals("", r[1]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("--debug"), r[2]);
        assertFalse(r[2].contains("\tat "), r[2]);
    }

    @Test
    void debugShowsTheTrace() {
        String[] r = run("broken", "--debug");
        assertEquals("4", r[0]);
        assertTrue(r[2].contains("\tat "), r[2]);
        assertTrue(r[2].contains("IllegalStateException"), r[2]);
    }
}
