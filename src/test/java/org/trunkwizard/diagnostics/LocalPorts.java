package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Free loopback ports for the servers the tests start, and a bounded wait until a server has bound its port. */
public final class LocalPorts {

    public static final String LOOPBACK = "127.0.0.1";
    private static final long BIND_WAIT_MILLIS = 10_000;

    private LocalPorts() {
    }

    /** A port free for both TCP and UDP right now. */
    public static int free() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getByName(LOOPBACK))) {
                    return port;
                } catch (IOException taken) {
                    // The UDP side is taken: try another.
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free loopback port");
    }

    /** Waits (at most 10 s) until {@code process} listens on {@code port}; the kernel's own tables say when. */
    static void awaitBound(Process process, int port, boolean tcp) throws InterruptedException {
        long end = System.nanoTime() + BIND_WAIT_MILLIS * 1_000_000L;
        String hex = String.format(Locale.ROOT, ":%04X ", port);
        List<String> tables = tcp ? List.of("/proc/net/tcp", "/proc/net/tcp6") : List.of("/proc/net/udp", "/proc/net/udp6");
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before listening");
            }
            for (String table : tables) {
                try {
                    for (String line : Files.readAllLines(Path.of(table))) {
                        String[] f = line.trim().split("\\s+");
                        // local_address is field 1; state 0A is LISTEN for TCP, 07 is a bound UDP socket.
                        if (f.length > 3 && (f[1] + " ").contains(hex) && (!tcp || f[3].equals("0A"))) {
                            return;
                        }
                    }
                } catch (IOException e) {
                    // No IPv6 table on this machine: the other one decides.
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server did not listen on port " + port + " within 10 s");
    }

    /** Starts a server and returns once it listens on {@code port}; its output goes to {@code log}. */
    static Process launch(List<String> command, Path log, int port, boolean tcp)
            throws IOException, InterruptedException {
        // Run in the test's own folder: SIPp may write its screen and error files where it runs, never in the repo.
        Process p = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(log.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            awaitBound(p, port, tcp);
        } catch (RuntimeException | InterruptedException e) {
            stop(p);
            throw e;
        }
        return p;
    }

    /** Ends a server the test started, waiting a bounded time. */
    static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
