package org.trunkwizard.secrets;

import java.time.Duration;
import org.trunkwizard.i18n.Messages;

/**
 * What the start-up probe found. {@code reason} is a short phrase for why the keychain is unusable (empty when
 * it is usable); {@link #message()} is the one line the app shows, {@link #rememberTooltip()} the tooltip on the
 * disabled "Remember" box.
 */
public record KeychainStatus(boolean available, String backend, String reason, Duration took) {

    public static KeychainStatus available(String backend, Duration took) {
        return new KeychainStatus(true, backend, "", took);
    }

    public static KeychainStatus unavailable(String reason, Duration took) {
        return new KeychainStatus(false, "", reason, took);
    }

    /** One line for the status bar or the terminal. */
    public String message() {
        return available
                ? Messages.get("keychain.available", backend)
                : Messages.get("keychain.unavailable", reason);
    }

    /** Why "Remember" is disabled; empty when it is enabled. */
    public String rememberTooltip() {
        return available ? "" : Messages.get("keychain.remember.disabled", reason);
    }
}
