package org.trunkwizard.cli.trunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trunkwizard.carriers.CarrierPresets;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkPatch;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.CheckResult;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.TrunkChecks;

/**
 * {@code update TRUNK_ID FILE [--replace]}: changes the fields the file states and nothing else, checked first with
 * the window's rules on the trunk as it will be. {@code --replace} makes the file the whole trunk, keeping only what
 * a file cannot say (the password an export leaves out, fields this version cannot read).
 */
public final class UpdateCommand implements Command {

    private final TrunkServiceFactory services;

    public UpdateCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String usage() {
        return "update TRUNK_ID FILE [--replace] [--profile NAME] [--region CC] [--carrier NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of("replace"), Set.of("profile", "region", "carrier"));
        String id = ApiCommandSupport.trunkId(args, console);
        String file = args.positional(1, "FILE");
        args.expectAtMost(2);
        boolean replace = args.flag("replace");
        CheckOptions options = CommonOptions.checkOptions(args);
        TrunkInput input;
        try {
            input = TrunkInput.read(file, console);
        } catch (TrunkFormatException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            SipSetupService service = services.open(args, console);
            Optional<StoredTrunk> stored = service.findTrunk(id);
            if (stored.isEmpty()) {
                ApiCommandSupport.printProblems(List.of(Problem.error("sip_trunk_id",
                        Messages.get("cli.export.notFound", id), Messages.get("livekit.failure.notFound.hint"))),
                        console);
                return ExitCode.REFUSED;
            }
            return replace ? replace(id, input, stored.get().spec(), options, service, console)
                    : patch(id, input, stored.get().spec(), options, service, console);
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, false);
        }
    }

    private static int patch(String id, TrunkInput input, TrunkSpec stored, CheckOptions options,
                             SipSetupService service, Console console) throws ApiException {
        TrunkSpec stated = new TrunkPatch(input.fields(), input.spec()).applyTo(stored);
        TrunkSpec preset = withPreset(stated, options);
        // A carrier preset may follow a stated field (Telnyx's header follows the username): that is stated too.
        Set<String> fields = new TreeSet<>(input.fields());
        fields.addAll(TrunkPatch.differing(stated, preset));
        if (fields.isEmpty()) {
            ApiCommandSupport.printProblems(input.notes(), console);
            console.out().println(Messages.get("cli.update.nothing"));
            return ExitCode.OK;
        }
        TrunkPatch patch = new TrunkPatch(fields, preset);
        CheckResult result = TrunkChecks.check(preset, options);
        // What the file does not state is LiveKit's as it is: its old quirks are not this update's business.
        List<Problem> problems = new ArrayList<>(input.notes());
        result.problems().stream().filter(p -> patch.states(p.field())).forEach(problems::add);
        if (!report(problems, console)) {
            return ExitCode.REFUSED;
        }
        service.updateTrunk(id, new TrunkPatch(fields, result.normalized()));
        console.out().println(Messages.get("cli.update.done", id, String.join(", ", fields)));
        return ExitCode.OK;
    }

    private static int replace(String id, TrunkInput input, TrunkSpec stored, CheckOptions options,
                               SipSetupService service, Console console) throws ApiException {
        TrunkSpec whole = TrunkPatch.replacement(withPreset(input.spec(), options), stored);
        CheckResult result = TrunkChecks.check(whole, options);
        List<Problem> problems = new ArrayList<>(input.notes());
        problems.addAll(result.problems());
        if (!report(problems, console)) {
            return ExitCode.REFUSED;
        }
        service.replaceTrunk(id, result.normalized());
        console.out().println(Messages.get("cli.update.replaced", id));
        return ExitCode.OK;
    }

    private static TrunkSpec withPreset(TrunkSpec spec, CheckOptions options) {
        return options.carrier().map(c -> CarrierPresets.fillIn(c, spec)).orElse(spec);
    }

    /** Prints the problems; false when one of them is an error, so nothing may be sent. */
    private static boolean report(List<Problem> problems, Console console) {
        ApiCommandSupport.printProblems(problems, console);
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            console.out().println(Messages.get("cli.update.invalid", errors));
        }
        return errors == 0;
    }
}
