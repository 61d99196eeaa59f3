package org.trunkwizard.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When this process started, for the first-frame figure of a relaunched window. {@code ProcessHandle}'s start time
 * is no good for that on Linux: the JDK adds the process's start to the boot time from {@code /proc/stat}, which is
 * in whole seconds, so every figure came out up to a second too long (on the machine measured, 0.54 s: a first frame
 * of 1.88 s was 1.34 s). {@code /proc/uptime} gives the boot time to 10 ms instead. Elsewhere (macOS) the JDK's
 * figure is exact and is used.
 */
final class ProcessStart {

    /** Linux's USER_HZ, the unit of a process's start time in {@code /proc}: 100 on every Linux the JDK runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    static long epochMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            return fromProc(stat, uptime, System.currentTimeMillis());
        } catch (IOException | RuntimeException e) {
            java.util.Optional<java.time.Instant> start = ProcessHandle.current().info().startInstant();
            return start.isPresent() ? start.get().toEpochMilli() : System.currentTimeMillis();
        }
    }

    /**
     * From {@code /proc/self/stat} (the start is field 22, in ticks since boot) and {@code /proc/uptime} (seconds
     * since boot), both read at {@code nowMillis}.
     */
    static long fromProc(String stat, String uptime, long nowMillis) {
        // Field 2, the command name in parentheses, may itself hold spaces and parentheses: count from the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[22 - 3]);
        String up = uptime.strip();
        int space = up.indexOf(' ');
        double upSeconds = Double.parseDouble(space < 0 ? up : up.substring(0, space));
        long bootMillis = nowMillis - Math.round(upSeconds * 1000);
        return bootMillis + startTicks * 1000 / TICKS_PER_SECOND;
    }
}
