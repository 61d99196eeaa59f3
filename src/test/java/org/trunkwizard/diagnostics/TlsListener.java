package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS listener on loopback, the JDK's own TLS server with a test certificate: SIPp in Debian is built without
 * TLS, so the handshake verdicts are tested against this. It completes handshakes and hangs up, never answers SIP.
 */
final class TlsListener implements AutoCloseable {

    private final SSLServerSocket server;
    private final Thread acceptor;

    TlsListener(TestCertificate certificate) throws IOException, GeneralSecurityException {
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
                // Reads the request and hangs up without a word, as a TLS port that is no SIP server would.
                s.getInputStream().read(new byte[4096]);
            } catch (IOException e) {
                // A refused handshake is the point of most tests; the next client gets a fresh accept.
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }
}
