package org.trunkwizard.cli;

/** The exit codes scripts rely on (docs: cli.md). */
public final class ExitCode {
    /** Done; warnings allowed. */
    public static final int OK = 0;
    /** The input or the server said no: validation errors, an API error, not found, denied. */
    public static final int REFUSED = 1;
    /** Usage error or unreadable input. */
    public static final int USAGE = 2;
    /** Could not reach the server or it failed (timeout, refused, 5xx): worth retrying. */
    public static final int UNREACHABLE = 3;
    /** The tool itself failed (a bug): retrying will not help, a report will. */
    public static final int BUG = 4;

    private ExitCode() {
    }
}
