package org.trunkwizard.cli.trunk;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.validation.Problem;

/** {@code validate FILE [--region CC] [--carrier ...] [--json]}: the window's rules, from a script. */
public final class ValidateCommand implements Command {

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
        Optional<TrunkCheck> read = TrunkCheck.read(file, console, args);
        if (read.isEmpty()) {
            return ExitCode.USAGE;
        }
        TrunkCheck check = read.get();
        List<Problem> problems = check.problems();
        boolean valid = check.valid();
        if (args.flag("json")) {
            JsonObject doc = new JsonObject();
            doc.addProperty("valid", valid);
            doc.add("problems", ProblemPrinter.toJson(problems));
            doc.add("trunk", TrunkJson.toJsonTree(check.normalized()));
            ApiCommandSupport.printJson(doc, console);
        } else {
            ProblemPrinter.print(problems, console.out());
            long errors = problems.stream().filter(Problem::isError).count();
            console.out().println(valid
                    ? Messages.get("cli.validate.ok", problems.size() - errors)
                    : Messages.get("cli.validate.failed", errors, problems.size() - errors));
            if (valid) {
                console.out().println(TrunkJson.write(check.normalized(), false));
            }
        }
        return valid ? ExitCode.OK : ExitCode.REFUSED;
    }
}
