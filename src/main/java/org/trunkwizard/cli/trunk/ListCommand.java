package org.trunkwizard.cli.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.InboundTrunkOutcome;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.livekit.StoredDispatchRule;
import org.trunkwizard.livekit.StoredTrunk;

/**
 * {@code list [--profile NAME] [--json]}: the project's outbound trunks (passwords left out), then its inbound
 * trunks and dispatch rules, each kind apart.
 */
public final class ListCommand implements Command {

    private final TrunkServiceFactory services;

    public ListCommand(TrunkServiceFactory services) {
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
        List<InboundTrunkOutcome> inbound;
        List<StoredDispatchRule> rules;
        try {
            SipSetupService service = services.open(args, console);
            trunks = service.listTrunks();
            inbound = service.listInboundTrunks();
            rules = service.listDispatchRules();
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, json);
        }
        if (json) {
            printJson(trunks, inbound, rules, console);
            return ExitCode.OK;
        }
        if (trunks.isEmpty()) {
            console.out().println(Messages.get("cli.list.empty"));
        }
        for (StoredTrunk t : trunks) {
            console.out().println(ServerText.safe(String.join("  ", t.trunkId(), t.spec().name(),
                    t.spec().address(), t.spec().transport().name(), String.join(",", t.spec().numbers()))));
        }
        if (!inbound.isEmpty()) {
            console.out().println(Messages.get("cli.list.inbound"));
            for (InboundTrunkOutcome t : inbound) {
                console.out().println(ServerText.safe(String.join("  ", t.trunkId(), t.name(),
                        String.join(",", t.numbers()))));
            }
        }
        if (!rules.isEmpty()) {
            console.out().println(Messages.get("cli.list.rules"));
            for (StoredDispatchRule r : rules) {
                console.out().println(ServerText.safe(String.join("  ", r.ruleId(), r.rule().name(),
                        String.join(",", r.rule().trunkIds()), r.rule().kind().name(), r.rule().room(),
                        r.rule().agentName())).stripTrailing());
            }
        }
        return ExitCode.OK;
    }

    /** {@code items} stays the outbound trunks alone, as {@code lk sip outbound list --json} prints them. */
    private static void printJson(List<StoredTrunk> trunks, List<InboundTrunkOutcome> inbound,
                                  List<StoredDispatchRule> rules, Console console) {
        JsonArray items = new JsonArray();
        trunks.forEach(t -> items.add(ApiCommandSupport.trunkJson(t)));
        JsonArray inboundItems = new JsonArray();
        inbound.forEach(t -> inboundItems.add(InboundTrunkJson.of(t)));
        JsonArray ruleItems = new JsonArray();
        for (StoredDispatchRule r : rules) {
            JsonObject o = DispatchRuleCommand.ruleJson(r.rule());
            o.addProperty("sip_dispatch_rule_id", r.ruleId());
            ruleItems.add(o);
        }
        JsonObject doc = new JsonObject();
        doc.add("items", items);
        doc.add("inbound", inboundItems);
        doc.add("dispatch_rules", ruleItems);
        ApiCommandSupport.printJson(doc, console);
    }
}
