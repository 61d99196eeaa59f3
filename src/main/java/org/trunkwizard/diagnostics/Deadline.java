package org.trunkwizard.diagnostics;

import java.time.Duration;

/** The time left for the whole check, so no single step can eat the 10 s promised to the user. */
final class Deadline {

    private final long endNanos;

    Deadline(Duration total) {
        endNanos = System.nanoTime() + total.toNanos();
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    /** The smaller of the step's own cap and what is left, at least 1 ms (0 means "forever" to sockets). */
    int capMillis(long stepCap) {
        return (int) Math.max(1, Math.min(stepCap, remainingMillis()));
    }
}
