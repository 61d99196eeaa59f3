package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real DNS server for the tests: dnsmasq on loopback, answering only for the records given (under .test). */
final class Dnsmasq implements AutoCloseable {

    private final Process process;
    final int port;

    private Dnsmasq(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param records dnsmasq options such as {@code --host-record=sip.test,127.0.0.1} */
    static Dnsmasq start(Path directory, List<String> records) throws IOException, InterruptedException {
        Path dnsmasq = RequiredTool.find("dnsmasq", "dnsmasq");
        int port = LocalPorts.free();
        List<String> command = new ArrayList<>(List.of(dnsmasq.toString(), "--no-daemon", "--port=" + port,
                "--listen-address=" + LocalPorts.LOOPBACK, "--bind-interfaces", "--no-resolv", "--no-hosts",
                "--conf-file=/dev/null", "--pid-file=",
                // Authoritative for .test: an unknown name there is NXDOMAIN, never asked upstream.
                "--local=/test/"));
        command.addAll(records);
        return new Dnsmasq(LocalPorts.launch(command, directory.resolve("dnsmasq.out"), port, false), port);
    }

    DnsLookup lookup() {
        return DnsLookup.server(new InetSocketAddress(LocalPorts.LOOPBACK, port));
    }

    @Override
    public void close() throws InterruptedException {
        LocalPorts.stop(process);
    }
}
