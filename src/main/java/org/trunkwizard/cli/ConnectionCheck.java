package org.trunkwizard.cli;

/**
 * Tests LiveKit credentials before they are saved: a secret is written only after its connection worked.
 * HOOK(issue 4): the livekit package's connection test is not merged yet; {@link #NOT_WIRED} accepts everything
 * until the lead wires it into {@link Cli#withConsole}.
 */
interface ConnectionCheck {

    /** Prints what went wrong (never the secret) and returns an {@link ExitCode}; OK when the server accepted. */
    int test(String url, String apiKey, char[] apiSecret, Console console);

    ConnectionCheck NOT_WIRED = (url, apiKey, apiSecret, console) -> ExitCode.OK;
}
