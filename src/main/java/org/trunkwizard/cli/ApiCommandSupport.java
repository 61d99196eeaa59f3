package org.trunkwizard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.carriers.TrunkIds;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.trunk.TrunkJson;
import org.trunkwizard.validation.Problem;

/** What the commands that talk to LiveKit share: options, failures, exit codes, JSON output. */
public final class ApiCommandSupport {

    public static final Set<String> CONNECTION_OPTIONS = Set.of(ConnectionOptions.PROFILE_OPTION);

    private ApiCommandSupport() {
    }

    /** Prints the failure like a validation problem; exit 3 when worth retrying, else 1. */
    public static int fail(ApiException e, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", false);
            doc.addProperty("retryable", e.retryable());
            doc.add("error", ProblemPrinter.toJson(List.of(e.problem())).get(0));
            printJson(doc, console);
        } else {
            ProblemPrinter.print(List.of(e.problem()), console.out());
            if (e.retryable()) {
                console.out().println(Messages.get("cli.api.retry"));
            }
        }
        return e.retryable() ? ExitCode.UNREACHABLE : ExitCode.REFUSED;
    }

    /** No outbound trunk with this ID: said on stderr, so a script reading stdout gets nothing; exit 1. */
    public static int trunkNotFound(String id, Console console) {
        ProblemPrinter.print(List.of(Problem.error("sip_trunk_id", Messages.get("cli.export.notFound", id),
                Messages.get("livekit.failure.notFound.hint"))), console.err());
        return ExitCode.REFUSED;
    }

    public static void printJson(JsonElement doc, Console console) {
        console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc));
    }

    /** lk JSON for one stored trunk, with its ID and without its password. */
    public static JsonObject trunkJson(StoredTrunk trunk) {
        JsonObject o = new JsonObject();
        o.addProperty("sip_trunk_id", trunk.trunkId());
        TrunkJson.toJsonTree(trunk.spec()).entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }

    /**
     * The trunk ID argument, refused only when it cannot be a trunk ID (empty, a Twilio SID, another kind of LiveKit
     * ID), with the same rule and words as the window ({@link TrunkIds}). An unusual shape is a warning on stderr
     * and goes to LiveKit, which is the authority on its IDs.
     */
    public static String trunkId(Args args, Console console) throws UsageException, RefusedInputException {
        return trunkId(args.positional(0, "TRUNK_ID"), console);
    }

    /** The same check for a trunk ID given as an option ({@code --trunk ID}). */
    public static String trunkId(String given, Console console) throws RefusedInputException {
        String id = given.strip();
        Optional<Problem> found = TrunkIds.check("sip_trunk_id", id);
        if (found.isPresent() && found.get().isError()) {
            throw new RefusedInputException(found.get());
        }
        found.ifPresent(warning -> ProblemPrinter.print(List.of(warning), console.err()));
        return id;
    }

    /** A required {@code --name VALUE} option, or a usage error naming it. */
    public static String requiredOption(Args args, String name) throws UsageException {
        String value = args.option(name).map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw new UsageException(Messages.get("cli.usage.missingArgument", "--" + name));
        }
        return value;
    }

    public static void printProblems(List<Problem> problems, Console console) {
        ProblemPrinter.print(problems, console.out());
    }
}
