package org.trunkwizard.diagnostics;

/** What the check found, before it is put into words by {@link Verdicts}. */
public enum Outcome {
    /** 2xx: a SIP server answers. */
    ANSWERED,
    /** 401, 407, 403: answers, and wants authentication or refuses this source. */
    ANSWERED_WANTS_AUTH,
    /** 404, 405, 501: a SIP server that does not do OPTIONS, still reachable. */
    ANSWERED_NO_OPTIONS,
    /** Any other SIP status. */
    ANSWERED_OTHER,
    NO_SUCH_NAME,
    NO_ADDRESS,
    DNS_FAILED,
    REFUSED,
    TCP_BLOCKED,
    NO_ANSWER,
    NOT_SIP,
    TLS_EXPIRED,
    TLS_NAME_MISMATCH,
    TLS_UNTRUSTED,
    TLS_FAILED,
    STOPPED;

    public boolean answered() {
        return this == ANSWERED || this == ANSWERED_WANTS_AUTH || this == ANSWERED_NO_OPTIONS
                || this == ANSWERED_OTHER;
    }

    /** The outcome of a SIP status code. */
    public static Outcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return ANSWERED;
        }
        return switch (status) {
            case 401, 403, 407 -> ANSWERED_WANTS_AUTH;
            case 404, 405, 501 -> ANSWERED_NO_OPTIONS;
            default -> ANSWERED_OTHER;
        };
    }
}
