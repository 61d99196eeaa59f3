package org.trunkwizard.cli.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.ConnectionOptions;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.DispatchRule;
import org.trunkwizard.livekit.DispatchRuleOutcome;

/**
 * {@code dispatch-rule create --trunk ID [--individual PREFIX | --direct ROOM] [--agent NAME] [--name NAME]}:
 * a rule that sends the trunk's calls to the user's agent. A rerun finds the rule the first run made (same trunk,
 * kind, room, agent and name) instead of making a second.
 */
public final class DispatchRuleCommand implements Command {

    /** LiveKit's own examples use this prefix; the room becomes call-<random>. */
    static final String DEFAULT_PREFIX = "call-";

    private final TrunkServiceFactory services;

    public DispatchRuleCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "dispatch-rule";
    }

    @Override
    public String usage() {
        return "dispatch-rule create --trunk ID [--individual PREFIX | --direct ROOM] [--agent NAME] [--name NAME]"
                + " [--profile NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of("json"),
                Set.of("trunk", "individual", "direct", "agent", "name", ConnectionOptions.PROFILE_OPTION));
        String action = args.positional(0, "create");
        if (!action.equals("create")) {
            throw new UsageException(Messages.get("cli.dispatchRule.unknownAction", action));
        }
        args.expectAtMost(1);
        DispatchRule rule = rule(args, console);
        boolean json = args.flag("json");
        try {
            DispatchRuleOutcome outcome = services.open(args, console).ensureDispatchRule(rule);
            report(rule, outcome, console, json);
            return ExitCode.OK;
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, json);
        }
    }

    private static DispatchRule rule(Args args, Console console) throws UsageException, RefusedInputException {
        String trunk = ApiCommandSupport.trunkId(ApiCommandSupport.requiredOption(args, "trunk"), console);
        Optional<String> individual = args.option("individual").map(String::strip);
        Optional<String> direct = args.option("direct").map(String::strip);
        if (individual.isPresent() && direct.isPresent()) {
            throw new UsageException(Messages.get("cli.dispatchRule.bothKinds"));
        }
        if (direct.isPresent() && direct.get().isEmpty()) {
            throw new UsageException(Messages.get("cli.usage.missingValue", "--direct"));
        }
        String agent = args.option("agent").map(String::strip).orElse("");
        String name = args.option("name").map(String::strip).filter(n -> !n.isEmpty())
                .orElse(Messages.get("cli.dispatchRule.defaultName", trunk));
        return direct.isPresent()
                ? new DispatchRule(name, List.of(trunk), DispatchRule.Kind.DIRECT, direct.get(), agent)
                : new DispatchRule(name, List.of(trunk), DispatchRule.Kind.INDIVIDUAL,
                        individual.filter(p -> !p.isEmpty()).orElse(DEFAULT_PREFIX), agent);
    }

    private static void report(DispatchRule rule, DispatchRuleOutcome outcome, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("dispatch_rule_id", outcome.ruleId());
            doc.addProperty("already_existed", outcome.alreadyExisted());
            doc.add("rule", ruleJson(rule));
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        console.out().println(outcome.alreadyExisted()
                ? Messages.get("cli.dispatchRule.reused", rule.name())
                : Messages.get("cli.dispatchRule.created", rule.name()));
        console.out().println(rule.kind() == DispatchRule.Kind.DIRECT
                ? Messages.get("cli.dispatchRule.direct", rule.room())
                : Messages.get("cli.dispatchRule.individual", rule.room()));
        if (!rule.agentName().isEmpty()) {
            console.out().println(Messages.get("cli.dispatchRule.agent", rule.agentName()));
        }
        console.out().println(Messages.get("cli.dispatchRule.id", outcome.ruleId()));
    }

    /** The rule in lk's JSON shape (snake_case), as LiveKit stores it; a kind we do not make has no "rule". */
    static JsonObject ruleJson(DispatchRule rule) {
        JsonObject o = new JsonObject();
        o.addProperty("name", rule.name());
        JsonArray trunks = new JsonArray();
        rule.trunkIds().forEach(trunks::add);
        o.add("trunk_ids", trunks);
        JsonObject shape = new JsonObject();
        if (rule.kind() == DispatchRule.Kind.DIRECT) {
            shape.addProperty("room_name", rule.room());
            o.add("rule", wrap("dispatch_rule_direct", shape));
        } else if (rule.kind() == DispatchRule.Kind.INDIVIDUAL) {
            shape.addProperty("room_prefix", rule.room());
            o.add("rule", wrap("dispatch_rule_individual", shape));
        }
        if (!rule.agentName().isEmpty()) {
            JsonObject agent = new JsonObject();
            agent.addProperty("agent_name", rule.agentName());
            JsonArray agents = new JsonArray();
            agents.add(agent);
            o.add("room_config", wrap("agents", agents));
        }
        return o;
    }

    private static JsonObject wrap(String name, com.google.gson.JsonElement value) {
        JsonObject o = new JsonObject();
        o.add(name, value);
        return o;
    }
}
