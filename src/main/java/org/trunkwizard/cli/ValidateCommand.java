package org.trunkwizard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.CheckResult;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.TrunkChecks;

/** {@code validate FILE [--region CC] [--carrier ...] [--json]}: the window's rules, from a script. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate FILE [--region CC] [--carrier twilio|telnyx|livekit|other] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of("json"), Set.of("region", "carrier"));
        String file = args.positional(0, "FILE");
        args.expectAtMost(1);
        CheckOptions options = CommonOptions.checkOptions(args);
        TrunkInput input;
        try {
            input = TrunkInput.read(file, console);
        } catch (TrunkFormatException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
        CheckResult result = TrunkChecks.check(input.spec(), options);
        List<Problem> problems = new ArrayList<>(input.notes());
        problems.addAll(result.problems());
        boolean valid = result.valid();
        if (args.flag("json")) {
            JsonObject doc = new JsonObject();
            doc.addProperty("valid", valid);
            doc.add("problems", ProblemPrinter.toJson(problems));
            doc.add("trunk", TrunkJson.toJsonTree(result.normalized()));
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc));
        } else {
            ProblemPrinter.print(problems, console.out());
            long errors = problems.stream().filter(Problem::isError).count();
            console.out().println(valid
                    ? Messages.get("cli.validate.ok", problems.size() - errors)
                    : Messages.get("cli.validate.failed", errors, problems.size() - errors));
            if (valid) {
                console.out().println(TrunkJson.write(result.normalized(), false));
            }
        }
        return valid ? ExitCode.OK : ExitCode.REFUSED;
    }
}
