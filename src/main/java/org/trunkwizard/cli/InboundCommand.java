package org.trunkwizard.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.InboundTrunkOutcome;

/**
 * {@code inbound create --like ST_OUTBOUND [--name NAME]}: an inbound trunk for the outbound trunk's numbers, so
 * calls to them reach LiveKit and a dispatch rule can send them to the agent. A rerun reuses it.
 */
final class InboundCommand implements Command {

    private final TrunkServiceFactory services;

    InboundCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "inbound";
    }

    @Override
    public String usage() {
        return "inbound create --like ST_OUTBOUND [--name NAME] [--profile NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of("json"), Set.of("like", "name", ConnectionOptions.PROFILE_OPTION));
        String action = args.positional(0, "create");
        if (!action.equals("create")) {
            throw new UsageException(Messages.get("cli.usage.unknownAction", action, "create"));
        }
        args.expectAtMost(1);
        String outbound = ApiCommandSupport.trunkId(ApiCommandSupport.requiredOption(args, "like"), console);
        String name = args.option("name").orElse("");
        boolean json = args.flag("json");
        try {
            InboundTrunkOutcome outcome = services.open(args, console).ensureInboundTrunkLike(outbound, name);
            report(outcome, console, json);
            return ExitCode.OK;
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, json);
        }
    }

    private static void report(InboundTrunkOutcome outcome, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("inbound_trunk_id", outcome.trunkId());
            doc.addProperty("already_existed", outcome.alreadyExisted());
            doc.add("trunk", InboundTrunkJson.of(outcome));
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        String name = ServerText.safe(outcome.name());
        console.out().println(outcome.alreadyExisted() ? Messages.get("cli.inbound.reused", name)
                : Messages.get("cli.inbound.created", name));
        console.out().println(Messages.get("cli.inbound.numbers",
                String.join(", ", outcome.numbers().stream().map(ServerText::safe).toList())));
        console.out().println(Messages.get("cli.inbound.id", ServerText.safe(outcome.trunkId())));
        console.out().println(Messages.get("cli.inbound.next", ServerText.safe(outcome.trunkId())));
    }
}
