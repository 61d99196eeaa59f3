package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkSpec;

/** Every rule a trunk must pass, for the window and the CLI alike. Pure: no I/O, never throws on odd input. */
public final class TrunkChecks {

    private TrunkChecks() {
    }

    public static CheckResult check(TrunkSpec spec, CheckOptions options) {
        List<Problem> problems = new ArrayList<>();
        TrunkSpec.Builder normalized = spec.toBuilder();
        String name = spec.name().strip();
        normalized.name(name);
        if (name.isEmpty()) {
            problems.add(Problem.error("name", Messages.get("name.required"), Messages.get("name.required.hint")));
        }
        if (spec.address().isBlank()) {
            problems.add(Problem.error("address", Messages.get("address.required"),
                    Messages.get("address.required.hint")));
        }
        if (spec.numbers().isEmpty()) {
            problems.add(Problem.error("numbers", Messages.get("numbers.required"),
                    Messages.get("numbers.required.hint")));
        }
        return new CheckResult(normalized.build(), problems);
    }
}
