package org.trunkwizard.diagnostics;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * Stops a running check from another thread. Blocking socket calls ignore Thread.interrupt, so stopping also
 * closes the socket the check is waiting on.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private volatile Closeable waitingOn;

    public void cancel() {
        cancelled = true;
        closeQuietly(waitingOn);
    }

    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** Throws when stopped; call between blocking steps. */
    void check() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    /** The socket a cancel should close; closed at once if the check was already stopped. */
    void waitingOn(Closeable socket) {
        waitingOn = socket;
        if (isCancelled()) {
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // Closing only unblocks the check; a failure to close changes nothing for the user.
        }
    }
}
