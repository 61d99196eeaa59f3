package org.trunkwizard.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command reads and writes: standard streams, the environment, and the hidden prompt.
 * Tests give their own; nothing in the CLI reads System.* directly.
 */
public record Console(PrintStream out, PrintStream err, InputStream in, Map<String, String> env,
                      SecretPrompt prompt) {

    public Optional<String> env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Reads a secret without echo; empty when there is no terminal to ask at. */
    public interface SecretPrompt {
        Optional<char[]> readSecret(String label);
    }

    public static Console system() {
        return new Console(System.out, System.err, System.in, System.getenv(), label -> {
            java.io.Console c = System.console();
            return c == null ? Optional.empty() : Optional.ofNullable(c.readPassword("%s: ", label));
        });
    }
}
