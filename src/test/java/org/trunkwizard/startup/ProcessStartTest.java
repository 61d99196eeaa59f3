package org.trunkwizard.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The relaunched window's first frame counts from when the first JVM really started, to 10 ms, not to a second. */
class ProcessStartTest {

    @Test
    void theStartIsTheBootTimeFromUptimePlusTheProcessStartTicks() {
        // Booted 19,914.42 s before "now"; the process started 19,913.80 s after boot (tick 1,991,380 at 100 Hz).
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 1991380 9000000 2000 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        long now = 1_796_155_532_962L;
        assertEquals(now - 620, ProcessStart.fromProc(stat, "19914.42 8893.78\n", now));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (my (odd) java) R 1 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 1 1 1 1 1 0\n";
        assertEquals(1_000_000L - 10_000 + 5_000, ProcessStart.fromProc(stat, "10.00 3.00", 1_000_000L));
    }
}
