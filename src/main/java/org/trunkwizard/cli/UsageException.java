package org.trunkwizard.cli;

/** The command line itself is wrong (unknown flag, missing argument): exit 2 with this message. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
