package org.trunkwizard.validation;

import java.util.List;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * The outcome of checking a whole trunk.
 *
 * @param normalized the trunk as it will be sent (bare host address, E.164 numbers without duplicates, trimmed name)
 * @param problems   every error and warning, in field order
 * @param traps      the warnings about what LiveKit accepts but cannot work (the project's own LiveKit address as
 *                   the outbound address, a number that is not assigned such as the guide's +1 555): worth a
 *                   confirmation in the window; each is also in {@code problems}
 */
public record CheckResult(TrunkSpec normalized, List<Problem> problems, List<Problem> traps) {

    public CheckResult {
        problems = List.copyOf(problems);
        traps = List.copyOf(traps);
    }

    public CheckResult(TrunkSpec normalized, List<Problem> problems) {
        this(normalized, problems, List.of());
    }

    public boolean valid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public List<Problem> about(String field) {
        return problems.stream().filter(p -> p.concerns(field)).toList();
    }
}
