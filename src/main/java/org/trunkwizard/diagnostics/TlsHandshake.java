package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.trunkwizard.i18n.Messages;

/** A TLS handshake on a connected socket, the certificate and the host name verified as LiveKit would. */
public final class TlsHandshake {

    /** The TLS socket when the handshake passed, or why it did not. */
    record Result(SSLSocket socket, ProbeResult outcome) {
    }

    private final X509ExtendedTrustManager trust;

    /** Trusts what {@code trust} trusts; tests pass one holding their own certificates. */
    public TlsHandshake(X509ExtendedTrustManager trust) {
        this.trust = trust;
    }

    /** The certificate authorities this Java trusts. */
    public static TlsHandshake system() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return new TlsHandshake(x);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no default trust manager", e);
        }
        throw new IllegalStateException("no default X509 trust manager");
    }

    Result run(Socket plain, String host, int port, boolean hostIsIp, String where, int waitMillis) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new NamingTrustManager(trust)}, null);
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters params = socket.getSSLParameters();
            // RFC 5922 wants the SIP domain in the certificate's names, which is what HTTPS identity checks do.
            params.setEndpointIdentificationAlgorithm("HTTPS");
            if (!hostIsIp) {
                params.setServerNames(List.of(new SNIHostName(host)));
            }
            socket.setSSLParameters(params);
            socket.setSoTimeout(waitMillis);
            socket.startHandshake();
            X509Certificate leaf = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            String detail = Messages.get("diagnose.detail.tlsOk", where, socket.getSession().getProtocol(),
                    leaf.getNotAfter().toInstant().toString());
            return new Result(socket, ProbeResult.of(null, detail));
        } catch (SocketTimeoutException e) {
            return new Result(null, ProbeResult.of(Outcome.TLS_FAILED,
                    Messages.get("diagnose.detail.tlsTimeout", where, waitMillis)));
        } catch (IOException | GeneralSecurityException e) {
            return new Result(null, classify(e, host, where));
        }
    }

    private static ProbeResult classify(Exception e, String host, String where) {
        Optional<CertificateProblem> problem = problemIn(e);
        if (problem.isEmpty()) {
            return ProbeResult.of(Outcome.TLS_FAILED,
                    Messages.get("diagnose.detail.tlsFailed", where, String.valueOf(e.getMessage())));
        }
        CertificateProblem p = problem.get();
        return switch (p.kind()) {
            case EXPIRED -> ProbeResult.of(Outcome.TLS_EXPIRED, Messages.get("diagnose.detail.tlsExpired", p.detail()));
            case NOT_YET_VALID -> ProbeResult.of(Outcome.TLS_EXPIRED,
                    Messages.get("diagnose.detail.tlsNotYetValid", p.detail()));
            case UNTRUSTED -> ProbeResult.of(Outcome.TLS_UNTRUSTED, Messages.get("diagnose.detail.tlsUntrusted"));
            case NAME_MISMATCH -> ProbeResult.of(Outcome.TLS_NAME_MISMATCH,
                    Messages.get("diagnose.detail.tlsMismatch", host, p.detail()));
        };
    }

    private static Optional<CertificateProblem> problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateProblem p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
