package org.trunkwizard.diagnostics;

import java.util.Optional;

/** What one probe found: the outcome, the plain-words detail for its step, and the SIP answer if any. */
record ProbeResult(Outcome outcome, String detail, Optional<SipResponse> response) {

    static ProbeResult of(Outcome outcome, String detail) {
        return new ProbeResult(outcome, detail, Optional.empty());
    }

    boolean ok() {
        return outcome == null || outcome.answered();
    }
}
