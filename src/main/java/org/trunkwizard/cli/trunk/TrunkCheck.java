package org.trunkwizard.cli.trunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.CarrierPresets;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.CheckResult;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.TrunkChecks;

/** A trunk file read and checked with the window's rules, as validate, create and update need it. */
record TrunkCheck(TrunkSpec normalized, List<Problem> problems, boolean valid) {

    /** The checked trunk, or empty (having said why on stderr) when the file cannot be read: exit 2. */
    static Optional<TrunkCheck> read(String file, Console console, Args args) throws UsageException {
        CheckOptions options = CommonOptions.checkOptions(args);
        try {
            return Optional.of(of(file, console, options));
        } catch (TrunkFormatException e) {
            console.err().println(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * With {@code --carrier} the carrier's preset comes first (the window's, minus taking back earlier choices):
     * empty name and address filled, the Telnyx header kept equal to the username; then that carrier's rules.
     */
    static TrunkCheck of(String file, Console console, CheckOptions options) throws TrunkFormatException {
        TrunkInput input = TrunkInput.read(file, console);
        TrunkSpec spec = options.carrier().map(c -> CarrierPresets.fillIn(c, input.spec())).orElse(input.spec());
        CheckResult result = TrunkChecks.check(spec, options);
        List<Problem> problems = new ArrayList<>(input.notes());
        problems.addAll(result.problems());
        return new TrunkCheck(result.normalized(), problems, result.valid());
    }

    long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
