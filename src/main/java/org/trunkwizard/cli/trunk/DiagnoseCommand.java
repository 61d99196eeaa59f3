package org.trunkwizard.cli.trunk;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.diagnostics.Cancellation;
import org.trunkwizard.diagnostics.Diagnosis;
import org.trunkwizard.diagnostics.Progress;
import org.trunkwizard.diagnostics.ReachabilityCheck;
import org.trunkwizard.diagnostics.StepResult;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.trunk.Transport;

/**
 * {@code diagnose ADDRESS [--transport auto|udp|tcp|tls] [--json]} or {@code diagnose --trunk ST_...}: does the
 * carrier's SIP server answer this computer? Exit 0 when it answered anything, 1 when not.
 */
public final class DiagnoseCommand implements Command {

    private static final String TRUNK = "trunk";
    private static final String TRANSPORT = "transport";
    private static final String JSON = "json";

    private final TrunkServiceFactory services;
    private final Supplier<ReachabilityCheck> checks;

    public DiagnoseCommand(TrunkServiceFactory services, Supplier<ReachabilityCheck> checks) {
        this.services = services;
        this.checks = checks;
    }

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public String usage() {
        return "diagnose ADDRESS [--transport auto|udp|tcp|tls] [--json] | diagnose --trunk ST_... [--profile NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Set<String> options = new java.util.HashSet<>(ApiCommandSupport.CONNECTION_OPTIONS);
        options.addAll(Set.of(TRUNK, TRANSPORT));
        Args args = Args.parse(raw, Set.of(JSON), options);
        boolean json = args.flag(JSON);
        Optional<Transport> chosen = transport(args);
        String address;
        Transport transport;
        if (args.option(TRUNK).isPresent()) {
            args.expectAtMost(0);
            String id = ApiCommandSupport.trunkId(args.option(TRUNK).get(), console);
            Optional<StoredTrunk> trunk;
            try {
                trunk = services.open(args, console).findTrunk(id);
            } catch (ApiException e) {
                return ApiCommandSupport.fail(e, console, json);
            }
            if (trunk.isEmpty()) {
                return ApiCommandSupport.trunkNotFound(id, console);
            }
            address = trunk.get().spec().address();
            transport = chosen.orElse(trunk.get().spec().transport());
        } else {
            address = args.positional(0, "ADDRESS");
            args.expectAtMost(1);
            transport = chosen.orElse(Transport.AUTO);
        }
        if (!json) {
            console.out().println(Messages.get("cli.diagnose.checking", address, transport.name().toLowerCase(
                    java.util.Locale.ROOT)));
        }
        Progress progress = json ? Progress.NONE : new Progress() {
            @Override
            public void finished(StepResult step) {
                console.out().println("  " + step.line());
            }
        };
        Diagnosis d = checks.get().run(address, transport, progress, new Cancellation());
        if (json) {
            // serializeNulls: the contract promises "sip_status": null, not a missing key, when nothing answered.
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
                    .create().toJson(toJson(d)));
        } else {
            ProblemPrinter.print(List.of(d.verdict()), console.out());
            if (!d.scopeNote().isEmpty()) {
                console.out().println(d.scopeNote());
            }
        }
        return d.answered() ? ExitCode.OK : ExitCode.REFUSED;
    }

    private static Optional<Transport> transport(Args args) throws UsageException {
        Optional<String> given = args.option(TRANSPORT);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        // Only the four words the help names: "2" or "SIP_TRANSPORT_TCP" belong to files, not to this option.
        Optional<Transport> t = Transport.fromText(given.get())
                .filter(v -> v.name().equalsIgnoreCase(given.get().strip()));
        if (t.isEmpty()) {
            throw new UsageException(Messages.get("cli.diagnose.badTransport", given.get()));
        }
        return t;
    }

    static JsonObject toJson(Diagnosis d) {
        JsonObject doc = new JsonObject();
        doc.addProperty("address", d.address());
        JsonArray steps = new JsonArray();
        for (StepResult s : d.steps()) {
            JsonObject o = new JsonObject();
            o.addProperty("step", s.step().jsonName());
            o.addProperty("ok", s.ok());
            o.addProperty("detail", s.detail());
            o.addProperty("ms", s.millis());
            steps.add(o);
        }
        doc.add("steps", steps);
        if (d.sipStatus().isPresent()) {
            doc.addProperty("sip_status", d.sipStatus().getAsInt());
        } else {
            doc.add("sip_status", JsonNull.INSTANCE);
        }
        doc.addProperty("verdict", d.verdict().message());
        doc.addProperty("hint", d.verdict().hint());
        return doc;
    }
}
