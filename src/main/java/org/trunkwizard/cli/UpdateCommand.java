package org.trunkwizard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.validation.Problem;

/** {@code update TRUNK_ID FILE [--profile NAME]}: replaces the whole trunk with the file, checked first. */
final class UpdateCommand implements Command {

    private final TrunkServiceFactory services;

    UpdateCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String usage() {
        return "update TRUNK_ID FILE [--profile NAME] [--region CC] [--carrier NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of(), Set.of("profile", "region", "carrier"));
        String id = ApiCommandSupport.trunkId(args, console);
        String file = args.positional(1, "FILE");
        args.expectAtMost(2);
        Optional<TrunkCheck> read = TrunkCheck.read(file, console, args);
        if (read.isEmpty()) {
            return ExitCode.USAGE;
        }
        TrunkCheck check = read.get();
        List<Problem> problems = new ArrayList<>(check.problems());
        if (!check.normalized().authUsername().isEmpty() && !check.normalized().hasPassword()) {
            // LiveKit's update replaces everything: a file without the password clears it on the server.
            problems.add(Problem.warning("auth_password", Messages.get("cli.update.noPassword"),
                    Messages.get("cli.update.noPassword.hint", TrunkInput.PASSWORD_ENV)));
        }
        ApiCommandSupport.printProblems(problems, console);
        if (!check.valid()) {
            console.out().println(Messages.get("cli.create.invalid", check.errorCount()));
            return ExitCode.REFUSED;
        }
        try {
            services.open(args, console).updateTrunk(id, check.normalized());
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, false);
        }
        console.out().println(Messages.get("cli.update.done", id));
        return ExitCode.OK;
    }
}
