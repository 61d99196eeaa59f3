package org.trunkwizard.cli;

import java.util.List;

/** One CLI command word. */
public interface Command {

    /** The word that selects it, e.g. {@code validate}. */
    String name();

    /** One usage line for --help, e.g. {@code validate FILE [--region CC] [--json]}. */
    String usage();

    /** Runs with the arguments after the command word; returns an {@link ExitCode}. */
    int run(List<String> args, Console console) throws UsageException, RefusedInputException;
}
