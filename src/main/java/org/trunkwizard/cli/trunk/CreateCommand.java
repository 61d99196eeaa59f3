package org.trunkwizard.cli.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.CreateOutcome;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * {@code create FILE [--profile NAME] [--dry-run] [--json]}: checks the trunk like validate, then creates it, or
 * finds the one a previous run already made (same name and address) so reruns never leave two.
 */
public final class CreateCommand implements Command {

    /** Shown instead of the password in a dry run. */
    static final String MASK = "********";

    private final TrunkServiceFactory services;

    public CreateCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "create";
    }

    @Override
    public String usage() {
        return "create FILE [--profile NAME] [--dry-run] [--json] [--region CC] [--carrier NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of("json", "dry-run"), Set.of("profile", "region", "carrier"));
        String file = args.positional(0, "FILE");
        args.expectAtMost(1);
        boolean json = args.flag("json");
        Optional<TrunkCheck> read = TrunkCheck.read(file, console, args);
        if (read.isEmpty()) {
            return ExitCode.USAGE;
        }
        TrunkCheck check = read.get();
        if (!check.valid()) {
            return refuseInvalid(check, console, json);
        }
        if (args.flag("dry-run")) {
            return dryRun(check, console, json);
        }
        try {
            TrunkService service = services.open(args, console);
            if (service instanceof SipApi api) {
                // Standard error: stdout stays one JSON document with --json.
                api.onAwaitingEarlierCreate(wait -> console.err().println(
                        Messages.get("cli.create.awaitingEarlier", Math.max(1, wait.toSeconds()))));
            }
            CreateOutcome outcome = service.createTrunk(check.normalized());
            report(check, outcome, console, json);
            return ExitCode.OK;
        } catch (ApiException e) {
            if (!json) {
                ApiCommandSupport.printProblems(check.problems(), console);
            }
            return ApiCommandSupport.fail(e, console, json);
        }
    }

    private static int refuseInvalid(TrunkCheck check, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", false);
            doc.add("problems", ProblemPrinter.toJson(check.problems()));
            ApiCommandSupport.printJson(doc, console);
        } else {
            ApiCommandSupport.printProblems(check.problems(), console);
            console.out().println(Messages.get("cli.create.invalid", check.errorCount()));
        }
        return ExitCode.REFUSED;
    }

    private static int dryRun(TrunkCheck check, Console console, boolean json) {
        TrunkSpec masked = check.normalized().hasPassword()
                ? check.normalized().toBuilder().authPassword(MASK).build() : check.normalized();
        String request = TrunkJson.write(masked, true);
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("dry_run", true);
            doc.add("problems", ProblemPrinter.toJson(check.problems()));
            doc.add("request", JsonParser.parseString(request));
            ApiCommandSupport.printJson(doc, console);
        } else {
            ApiCommandSupport.printProblems(check.problems(), console);
            console.out().println(Messages.get("cli.create.dryRun"));
            console.out().println(request);
        }
        return ExitCode.OK;
    }

    private static void report(TrunkCheck check, CreateOutcome outcome, Console console, boolean json) {
        String id = outcome.trunk().trunkId();
        // The existing trunk matched on name and address only: say so when the rest differs from the file.
        boolean differs = outcome.alreadyExisted()
                && !outcome.trunk().spec().withoutPassword().equals(check.normalized().withoutPassword());
        boolean passwordDiffers = outcome.passwordNotChanged(check.normalized());
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("trunk_id", id);
            doc.addProperty("already_existed", outcome.alreadyExisted());
            doc.addProperty("settings_differ", differs);
            doc.addProperty("password_differs", passwordDiffers);
            JsonArray twins = new JsonArray();
            outcome.twins().forEach(twins::add);
            doc.add("twins", twins);
            doc.add("problems", ProblemPrinter.toJson(check.problems()));
            doc.add("trunk", ApiCommandSupport.trunkJson(outcome.trunk()));
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        ApiCommandSupport.printProblems(check.problems(), console);
        String name = ServerText.safe(outcome.trunk().spec().name());
        String safeId = ServerText.safe(id);
        console.out().println(outcome.alreadyExisted()
                ? Messages.get("cli.create.reused", name)
                : Messages.get("cli.create.created", name));
        if (differs) {
            console.out().println(Messages.get("cli.create.differs", safeId));
        }
        if (passwordDiffers) {
            console.out().println(Messages.get("cli.create.passwordKept", safeId, TrunkInput.PASSWORD_ENV));
        }
        if (!outcome.twins().isEmpty()) {
            console.out().println(Messages.get("cli.create.twins", ServerText.safe(String.join(", ", outcome.twins())),
                    safeId));
        }
        console.out().println(Messages.get("cli.create.trunkId", safeId));
    }
}
