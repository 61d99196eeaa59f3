package org.trunkwizard.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;

/** {@code list [--profile NAME] [--json]}: the project's outbound trunks, passwords left out. */
final class ListCommand implements Command {

    private final TrunkServiceFactory services;

    ListCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list [--profile NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of("json"), ApiCommandSupport.CONNECTION_OPTIONS);
        args.expectAtMost(0);
        boolean json = args.flag("json");
        List<StoredTrunk> trunks;
        try {
            trunks = services.open(args, console).listTrunks();
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, json);
        }
        if (json) {
            JsonArray items = new JsonArray();
            trunks.forEach(t -> items.add(ApiCommandSupport.trunkJson(t)));
            JsonObject doc = new JsonObject();
            doc.add("items", items);
            ApiCommandSupport.printJson(doc, console);
        } else if (trunks.isEmpty()) {
            console.out().println(Messages.get("cli.list.empty"));
        } else {
            for (StoredTrunk t : trunks) {
                console.out().println(ServerText.safe(String.join("  ", t.trunkId(), t.spec().name(),
                        t.spec().address(), t.spec().transport().name(), String.join(",", t.spec().numbers()))));
            }
        }
        return ExitCode.OK;
    }
}
