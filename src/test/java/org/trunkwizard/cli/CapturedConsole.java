package org.trunkwizard.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
    private final InputStream stdin;

    CapturedConsole(Map<String, String> env, String typedSecret) {
        this(env, typedSecret, new ByteArrayInputStream(new byte[0]));
    }

    CapturedConsole(Map<String, String> env, String typedSecret, InputStream stdin) {
        this.env = env;
        this.typedSecret = typedSecret;
        this.stdin = stdin;
    }

    Console console() {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                stdin, env, label -> {
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
