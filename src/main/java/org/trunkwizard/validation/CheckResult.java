package org.trunkwizard.validation;

import java.util.List;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * The outcome of checking a whole trunk.
 *
 * @param normalized the trunk as it will be sent (bare host address, E.164 numbers without duplicates, trimmed name)
 * @param problems   every error and warning, in field order
 */
public record CheckResult(TrunkSpec normalized, List<Problem> problems) {

    public CheckResult {
        problems = List.copyOf(problems);
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
