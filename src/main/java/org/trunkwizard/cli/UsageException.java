package org.trunkwizard.cli;

/**
 * The command line itself is wrong (unknown flag, missing argument): exit 2 with this message. {@link #refused}
 * is for an argument that is well placed but cannot be right (a malformed trunk ID): exit 1, as cli.md says.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UsageException(String message) {
        this(message, ExitCode.USAGE);
    }

    private UsageException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static UsageException refused(String message) {
        return new UsageException(message, ExitCode.REFUSED);
    }

    int exitCode() {
        return exitCode;
    }
}
