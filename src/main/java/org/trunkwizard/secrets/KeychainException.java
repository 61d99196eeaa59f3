package org.trunkwizard.secrets;

import org.trunkwizard.i18n.Messages;

/**
 * The keychain could not do what was asked (none available, locked, refused, no answer in time).
 * The message is one user-facing line; it never carries a secret, and never the library's own message.
 */
public final class KeychainException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /** {@code reason}: a short phrase saying why, e.g. "no keychain service is running". */
    public KeychainException(String reason) {
        super(Messages.get("keychain.error", reason));
        this.reason = reason;
    }

    /** The short phrase, for messages that frame it their own way. */
    public String reason() {
        return reason;
    }
}
