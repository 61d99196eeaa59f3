package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS listener on loopback, the JDK's own TLS server with a test certificate: SIPp in Debian is built without
 * TLS, so the handshake verdicts are tested against this. It completes handshakes, then either hangs up, or relays
 * the connection to a SIPp TCP port, so SIP over TLS meets a real SIP server behind a TLS front, as with stunnel.
 */
final class TlsListener implements AutoCloseable {

    private final SSLServerSocket server;
    private final Thread acceptor;
    private final int relayTo;

    /** Hangs up after the handshake. */
    TlsListener(TestCertificate certificate) throws IOException, GeneralSecurityException {
        this(certificate, 0);
    }

    /** Relays each connection, after the handshake, to {@code relayTo} on loopback (0: hang up instead). */
    TlsListener(TestCertificate certificate, int relayTo) throws IOException, GeneralSecurityException {
        this.relayTo = relayTo;
        server = (SSLServerSocket) certificate.serverContext().getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getByName(LocalPorts.LOOPBACK));
        acceptor = new Thread(this::serve, "tls-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String address() {
        return LocalPorts.LOOPBACK + ":" + port();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5_000);
                ((SSLSocket) s).startHandshake();
                if (relayTo > 0) {
                    relay(s);
                } else {
                    // Reads the request and hangs up without a word, as a TLS port that is no SIP server would.
                    s.getInputStream().read(new byte[4096]);
                }
            } catch (IOException e) {
                // A refused handshake is the point of most tests; the next client gets a fresh accept.
            }
        }
    }

    private void relay(Socket client) throws IOException {
        try (Socket upstream = new Socket(LocalPorts.LOOPBACK, relayTo)) {
            upstream.setSoTimeout(5_000);
            Thread back = new Thread(() -> copy(upstream, client), "tls-relay");
            back.setDaemon(true);
            back.start();
            copy(client, upstream);
        }
    }

    /** Until either side closes or 5 s pass in silence. */
    private static void copy(Socket from, Socket to) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = from.getInputStream().read(buffer)) >= 0) {
                to.getOutputStream().write(buffer, 0, n);
                to.getOutputStream().flush();
            }
        } catch (IOException e) {
            // One side is gone: the relay ends with it.
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }
}
