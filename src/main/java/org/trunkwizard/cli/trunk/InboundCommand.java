package org.trunkwizard.cli.trunk;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.carriers.InboundCredentials;
import org.trunkwizard.carriers.InboundGuard;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.ConnectionOptions;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.InboundAccess;
import org.trunkwizard.livekit.InboundTrunkOutcome;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.validation.AllowedAddresses;
import org.trunkwizard.validation.Problem;

/**
 * {@code inbound create --like ST_OUTBOUND [--name NAME] [--allowed-address CIDR ...] [--auth-username U]
 * [--carrier twilio|telnyx]}: an inbound trunk for the outbound trunk's numbers, so calls to them reach LiveKit and a
 * dispatch rule can send them to the agent, guarded as the carrier allows. A rerun reuses it.
 */
public final class InboundCommand implements Command {

    private final TrunkServiceFactory services;

    public InboundCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "inbound";
    }

    @Override
    public String usage() {
        return "inbound create --like ST_OUTBOUND [--name NAME] [--allowed-address CIDR ...] [--auth-username USER]"
                + " [--carrier twilio|telnyx|other] [--profile NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of("json"), Set.of("like", "name", "allowed-address", "auth-username",
                "carrier", ConnectionOptions.PROFILE_OPTION));
        String action = args.positional(0, "create");
        if (!action.equals("create")) {
            throw new UsageException(Messages.get("cli.usage.unknownAction", action, "create"));
        }
        args.expectAtMost(1);
        String outbound = ApiCommandSupport.trunkId(ApiCommandSupport.requiredOption(args, "like"), console);
        String name = args.option("name").orElse("");
        boolean json = args.flag("json");
        InboundGuard guard = InboundGuard.of(args.option("carrier").orElse("other"))
                .orElseThrow(() -> new UsageException(Messages.get("cli.inbound.unknownCarrier",
                        args.option("carrier").orElse(""))));
        List<String> addresses = args.options("allowed-address");
        String username = args.option("auth-username").orElse("").strip();
        List<Problem> problems = new java.util.ArrayList<>(AllowedAddresses.check(addresses));
        guard.refusal(!username.isEmpty()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return refuse(problems, console, json);
        }
        try {
            LiveKitConnection connection = ConnectionOptions.resolve(args, console);
            String password = username.isEmpty() ? "" : password(connection, outbound, console);
            if (!username.isEmpty()) {
                // The window's rule for the same pair: one judge, whichever face asks.
                List<Problem> credentials = InboundCredentials.check(guard, username, password);
                if (credentials.stream().anyMatch(Problem::isError)) {
                    return refuse(credentials, console, json);
                }
                if (!json) {
                    ApiCommandSupport.printProblems(credentials, console);
                }
            }
            InboundAccess access = new InboundAccess(addresses, username, password);
            InboundTrunkOutcome outcome = services.open(connection).ensureInboundTrunkLike(outbound, name, access);
            report(outcome, guard, console, json);
            return ExitCode.OK;
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, json);
        }
    }

    private static int refuse(List<Problem> problems, Console console, boolean json) {
        if (json) {
            ApiCommandSupport.printJson(InboundTrunkJson.refused(problems), console);
        } else {
            ApiCommandSupport.printProblems(problems, console);
        }
        return ExitCode.REFUSED;
    }

    /**
     * The credentials the carrier will present: {@code TRUNK_AUTH_PASSWORD}, else the password kept in the keychain
     * for the outbound trunk (the same carrier account), else the hidden prompt. Never an argument.
     */
    private static String password(LiveKitConnection connection, String outbound, Console console)
            throws UsageException {
        Optional<String> env = console.env(TrunkInput.PASSWORD_ENV);
        if (env.isPresent()) {
            return env.get();
        }
        Optional<String> host = LiveKitConnection.hostOf(connection.baseUrl());
        if (host.isPresent()) {
            try (SecretsAccess access = new SecretsAccess()) {
                Optional<char[]> kept = access.credentials().load(CredentialKey.trunk(host.get(), outbound));
                if (kept.isPresent()) {
                    console.err().println(Messages.get("cli.inbound.passwordFromKeychain", outbound));
                    return new String(kept.get());
                }
            } catch (KeychainException | RuntimeException e) {
                // No keychain to ask: the prompt or the usage error below says what to do.
            }
        }
        return console.prompt().readSecret(Messages.get("cli.inbound.passwordPrompt")).map(String::new)
                .filter(p -> !p.isEmpty())
                .orElseThrow(() -> new UsageException(Messages.get("cli.inbound.passwordMissing",
                        TrunkInput.PASSWORD_ENV)));
    }

    private static void report(InboundTrunkOutcome outcome, InboundGuard guard, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("inbound_trunk_id", outcome.trunkId());
            doc.addProperty("already_existed", outcome.alreadyExisted());
            doc.addProperty("other_access", outcome.otherAccess());
            doc.add("trunk", InboundTrunkJson.of(outcome));
            doc.addProperty("note", guard.note());
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        String name = ServerText.safe(outcome.name());
        console.out().println(outcome.alreadyExisted() ? Messages.get("cli.inbound.reused", name)
                : Messages.get("cli.inbound.created", name));
        console.out().println(Messages.get("cli.inbound.numbers",
                String.join(", ", outcome.numbers().stream().map(ServerText::safe).toList())));
        console.out().println(InboundTrunkJson.guardLine(outcome));
        if (outcome.otherAccess()) {
            console.out().println(Messages.get("cli.inbound.otherAccess"));
        }
        console.out().println(guard.note());
        console.out().println(Messages.get("cli.inbound.id", ServerText.safe(outcome.trunkId())));
        console.out().println(Messages.get("cli.inbound.next", ServerText.safe(outcome.trunkId())));
    }
}
