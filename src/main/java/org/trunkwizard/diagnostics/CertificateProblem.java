package org.trunkwizard.diagnostics;

import java.security.cert.CertificateException;

/** Why the server's certificate was refused, kept apart so the user is told which of the three it was. */
final class CertificateProblem extends CertificateException {

    private static final long serialVersionUID = 1L;

    enum Kind { EXPIRED, NOT_YET_VALID, UNTRUSTED, NAME_MISMATCH }

    private final Kind kind;
    private final transient String detail;

    CertificateProblem(Kind kind, String detail, Throwable cause) {
        super(kind.name(), cause);
        this.kind = kind;
        this.detail = detail;
    }

    Kind kind() {
        return kind;
    }

    /** The date (expired, not yet valid) or the certificate's names (mismatch). */
    String detail() {
        return detail;
    }
}
