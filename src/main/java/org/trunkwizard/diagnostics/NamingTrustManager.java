package org.trunkwizard.diagnostics;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The usual certificate checks, one at a time, so a refusal says which failed: the JDK would report an expired
 * leaf that is also self-signed only as "PKIX path building failed", and a trusted self-signed leaf not at all.
 */
final class NamingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager trust;

    NamingTrustManager(X509ExtendedTrustManager trust) {
        this.trust = trust;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        X509Certificate leaf = chain[0];
        try {
            leaf.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new CertificateProblem(CertificateProblem.Kind.EXPIRED, leaf.getNotAfter().toInstant().toString(), e);
        } catch (CertificateNotYetValidException e) {
            throw new CertificateProblem(CertificateProblem.Kind.NOT_YET_VALID,
                    leaf.getNotBefore().toInstant().toString(), e);
        }
        try {
            trust.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw new CertificateProblem(CertificateProblem.Kind.UNTRUSTED, "", e);
        }
        try {
            // With the socket, the delegate also checks the host name set in the socket's SSLParameters.
            trust.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw new CertificateProblem(CertificateProblem.Kind.NAME_MISMATCH, String.join(", ", names(leaf)), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the check uses sockets only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a host name is always verified");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return trust.getAcceptedIssuers();
    }

    private static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alt = cert.getSubjectAlternativeNames();
            if (alt != null) {
                alt.forEach(entry -> names.add(String.valueOf(entry.get(1))));
            }
        } catch (CertificateParsingException e) {
            // Then the subject alone names the certificate.
        }
        if (names.isEmpty()) {
            names.add(cert.getSubjectX500Principal().getName());
        }
        return names;
    }
}
