package org.trunkwizard.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A console for CLI tests: captures what is printed, hands out a given environment and typed secrets. */
final class CapturedConsole {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Labels the hidden prompt was shown with. */
    final List<String> prompts = new ArrayList<>();
    /** The arrays handed out by the prompt, to check they were cleared. */
    final List<char[]> typed = new ArrayList<>();
    private final Map<String, String> env;
    private final String typedSecret;

    CapturedConsole(Map<String, String> env, String typedSecret) {
        this.env = env;
        this.typedSecret = typedSecret;
    }

    Console console() {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), env, label -> {
                    prompts.add(label);
                    if (typedSecret == null) {
                        return Optional.empty();
                    }
                    char[] secret = typedSecret.toCharArray();
                    typed.add(secret);
                    return Optional.of(secret);
                });
    }

    int run(String... args) {
        return Cli.withConsole(console()).run(args);
    }

    /** Every command, talking to LiveKit through {@code services} (e.g. with short timeouts). */
    int run(TrunkServiceFactory services, String... args) {
        return Cli.withConsole(console(), services).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
