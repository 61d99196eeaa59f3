package org.trunkwizard.cli.carrier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.LiveKitSipUri;
import org.trunkwizard.carriers.Parsed;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.ConnectionOptions;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.Problem;

/**
 * {@code carrier setup twilio|telnyx ...}: both sides from one command. Steps print as they happen (with --json they are
 * collected), so a run that fails part way still shows what exists; a rerun continues from there.
 */
final class CarrierSetup {

    static final String DEFAULT_NAME = "LiveKit";
    /** Followed by the carrier's CLI word: "Twilio trunk: TK...", "Telnyx connection: ...". */
    private static final String CARRIER_ID_KEY = "cli.carrier.id.";

    private final TrunkServiceFactory services;
    private final Carrier carrier;

    CarrierSetup(TrunkServiceFactory services, Carrier carrier) {
        this.services = services;
        this.carrier = carrier;
    }

    int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of("json", "dry-run", "undo", "move-numbers"),
                Set.of("number", "name", "livekit-sip-uri", "countries", "telnyx-region",
                        ConnectionOptions.PROFILE_OPTION));
        args.expectAtMost(0);
        boolean json = args.flag("json");
        List<String> numbers = numbers(args.options("number"));
        if (numbers.isEmpty() && !args.flag("undo")) {
            throw new UsageException(Messages.get("cli.usage.missingValue", "--number"));
        }
        SetupRequest request = new SetupRequest(args.option("name").orElse(DEFAULT_NAME), numbers,
                sipUri(args.option("livekit-sip-uri")), countries(args.option("countries").orElse("")),
                args.flag("dry-run"), args.flag("move-numbers"));
        if (carrier != Carrier.TELNYX && args.option("telnyx-region").isPresent()) {
            throw new UsageException(Messages.get("cli.carrier.regionNotTelnyx"));
        }
        TelnyxRegion region = region(args.option("telnyx-region"));
        CarrierAccess access = CarrierAccess.of(carrier, console);
        JsonArray steps = new JsonArray();
        String rerun = args.flag("undo") ? "cli.carrier.undo.rerun" : "cli.carrier.rerun";
        SetupProgress progress = step -> {
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("action", step.action());
                o.addProperty("target", step.target());
                o.addProperty("result", step.result());
                steps.add(o);
            } else {
                console.out().println(ServerText.safe(Messages.get("cli.carrier.step", step.action(), step.target(),
                        step.result())));
            }
        };
        try {
            LiveKitConnection connection = ConnectionOptions.resolve(args, console);
            SipSetupService livekit = services.open(connection);
            CarrierAccountSetup setup = access.setup(livekit, AppDirs.configDir().resolve("carriers"), region);
            if (args.flag("undo")) {
                setup.undo(request.name(), progress);
                finish(json, steps, console, Optional.empty());
                return ExitCode.OK;
            }
            SetupResult result = setup.apply(request, progress);
            result.newPassword().ifPresent(p -> CarrierPasswords.keep(connection, result, request.name(), p,
                    json ? console.err() : console.out()));
            finish(json, steps, console, Optional.of(result));
            return result.bothSidesMatch() || request.dryRun() ? ExitCode.OK : ExitCode.REFUSED;
        } catch (CarrierApiException e) {
            return fail(e.problem(), e.retryable(), console, json, steps, rerun);
        } catch (ApiException e) {
            return fail(e.problem(), e.retryable(), console, json, steps, rerun);
        }
    }

    static List<String> numbers(List<String> given) throws UsageException {
        // Carriers list numbers in E.164, and a number the account owns is one with a country code.
        List<NumberEntry> entries = PhoneNumbers.parse(given, "ZZ");
        for (NumberEntry e : entries) {
            if (e.e164().isEmpty()) {
                throw new UsageException(Messages.get("cli.carrier.badNumber", ServerText.safe(e.raw())));
            }
        }
        return PhoneNumbers.normalized(entries);
    }

    /** The project's SIP URI as the carrier needs it; a project ID (p_abc123) is turned into one. */
    private static Optional<String> sipUri(Optional<String> given) throws UsageException {
        if (given.isEmpty()) {
            return given;
        }
        Parsed<LiveKitSipUri> parsed = LiveKitSipUri.parse(given.get());
        if (parsed.value().isEmpty()) {
            throw new UsageException(parsed.problem().map(Problem::message).orElse("") + " "
                    + parsed.problem().map(Problem::hint).orElse(""));
        }
        return Optional.of(parsed.value().get().sipUri());
    }

    private static TelnyxRegion region(Optional<String> given) throws UsageException {
        if (given.isEmpty()) {
            return TelnyxRegion.defaultRegion();
        }
        String g = given.get().strip();
        return java.util.Arrays.stream(TelnyxRegion.values()).filter(r -> r.name().equalsIgnoreCase(g)
                || r.host().equalsIgnoreCase(g)).findFirst().orElseThrow(() -> new UsageException(
                        Messages.get("cli.carrier.badRegion", ServerText.safe(g))));
    }

    private static List<String> countries(String given) throws UsageException {
        List<String> out = new java.util.ArrayList<>();
        for (String c : given.split(",")) {
            String iso = c.strip().toUpperCase(java.util.Locale.ROOT);
            if (iso.isEmpty()) {
                continue;
            }
            if (!iso.matches("[A-Z]{2}")) {
                throw new UsageException(Messages.get("cli.carrier.badCountry", ServerText.safe(c)));
            }
            out.add(iso);
        }
        return out;
    }

    private void finish(boolean json, JsonArray steps, Console console, Optional<SetupResult> result) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            JsonObject ids = new JsonObject();
            ids.addProperty("name", carrier.id());
            result.ifPresent(r -> r.carrierIds().forEach(ids::addProperty));
            doc.add("carrier", ids);
            doc.addProperty("trunk_id", result.map(SetupResult::livekitTrunkId).orElse(""));
            doc.add("steps", steps);
            result.ifPresent(r -> {
                doc.addProperty("both_sides_match", r.bothSidesMatch());
                JsonArray differences = new JsonArray();
                r.differences().forEach(differences::add);
                doc.add("differences", differences);
                JsonArray warnings = new JsonArray();
                r.warnings().forEach(warnings::add);
                doc.add("warnings", warnings);
            });
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        if (result.isEmpty()) {
            return;
        }
        SetupResult r = result.get();
        r.warnings().forEach(w -> console.out().println(ServerText.safe(w)));
        r.differences().forEach(d -> console.out().println(ServerText.safe(d)));
        if (!r.carrierId().isEmpty() && !r.livekitTrunkId().isEmpty()) {
            console.out().println(r.bothSidesMatch() ? Messages.get("cli.carrier.match")
                    : Messages.get("cli.carrier.differ", r.differences().size()));
        }
        if (!r.carrierId().isEmpty()) {
            console.out().println(Messages.get(CARRIER_ID_KEY + carrier.id(), ServerText.safe(r.carrierId())));
        }
        if (!r.livekitTrunkId().isEmpty()) {
            console.out().println(Messages.get("cli.create.trunkId", ServerText.safe(r.livekitTrunkId())));
        }
    }

    /** Like a LiveKit failure, plus the steps that did happen, so the admin knows what exists. */
    static int fail(Problem problem, boolean retryable, Console console, boolean json, JsonArray steps) {
        return fail(problem, retryable, console, json, steps, "cli.carrier.rerun");
    }

    /** {@code rerunKey}: what running the same command again does (continue a setup, finish an undo). */
    static int fail(Problem problem, boolean retryable, Console console, boolean json, JsonArray steps,
                    String rerunKey) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", false);
            doc.addProperty("retryable", retryable);
            doc.add("error", ProblemPrinter.toJson(List.of(problem)).get(0));
            doc.add("steps", steps);
            ApiCommandSupport.printJson(doc, console);
        } else {
            ProblemPrinter.print(List.of(problem), console.out());
            console.out().println(Messages.get(retryable ? "cli.api.retry" : rerunKey));
        }
        return retryable ? ExitCode.UNREACHABLE : ExitCode.REFUSED;
    }
}
