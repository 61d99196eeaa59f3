package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real SIP server for the tests: SIPp running one of our UAS scenarios on loopback. */
public final class Sipp implements AutoCloseable {

    private final Process process;
    private final int port;

    private Sipp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param scenario  a scenario under src/test/resources/org/trunkwizard/diagnostics, e.g. {@code options-200.xml}
     * @param tcp       TCP ({@code -t t1}) or UDP ({@code -t u1})
     * @param directory where SIPp may write its logs
     */
    public static Sipp start(String scenario, boolean tcp, Path directory) throws IOException, InterruptedException {
        Path sipp = RequiredTool.find("sipp", "sip-tester");
        Path file = directory.resolve(scenario);
        try (InputStream in = Sipp.class.getResourceAsStream(scenario)) {
            Files.copy(in, file);
        }
        int port = LocalPorts.free();
        List<String> command = List.of(sipp.toString(), "-sf", file.toString(), "-i", LocalPorts.LOOPBACK,
                "-p", Integer.toString(port), "-t", tcp ? "t1" : "u1", "-nostdin");
        return new Sipp(LocalPorts.launch(command, directory.resolve(scenario + ".out"), port, tcp), port);
    }

    public int port() {
        return port;
    }

    public String address() {
        return LocalPorts.LOOPBACK + ":" + port;
    }

    @Override
    public void close() throws InterruptedException {
        LocalPorts.stop(process);
    }
}
