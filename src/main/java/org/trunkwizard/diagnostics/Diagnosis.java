package org.trunkwizard.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.trunkwizard.validation.Problem;

/**
 * The whole check of one address.
 *
 * @param address   the address as checked (bare {@code host[:port]})
 * @param steps     the steps that ran, in order
 * @param sipStatus the SIP status code the server answered with, if it answered
 * @param verdict   the explanation and its fix; an error unless the server answered
 */
public record Diagnosis(String address, List<StepResult> steps, OptionalInt sipStatus, Problem verdict) {

    public Diagnosis {
        Objects.requireNonNull(address, "address");
        steps = List.copyOf(steps);
        Objects.requireNonNull(sipStatus, "sipStatus");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The scope sentence, unless the verdict's hint already says it: every result ends with it once. */
    public String scopeNote() {
        return verdict.hint().contains(Verdicts.scope()) ? "" : Verdicts.scope();
    }

    /** Any SIP response counts: a 403 still proves a SIP server listens there. */
    public boolean answered() {
        return sipStatus.isPresent();
    }
}
