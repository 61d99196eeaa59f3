package org.trunkwizard.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.trunkwizard.cli.carrier.CarrierCommand;
import org.trunkwizard.cli.secrets.ConnectionCheck;
import org.trunkwizard.cli.secrets.CredentialsCommand;
import org.trunkwizard.cli.secrets.ProfileCommand;
import org.trunkwizard.cli.trunk.CallCommand;
import org.trunkwizard.cli.trunk.CreateCommand;
import org.trunkwizard.cli.trunk.DeleteCommand;
import org.trunkwizard.cli.trunk.DiagnoseCommand;
import org.trunkwizard.cli.trunk.DispatchRuleCommand;
import org.trunkwizard.cli.trunk.ExportCommand;
import org.trunkwizard.cli.trunk.InboundCommand;
import org.trunkwizard.cli.trunk.ListCommand;
import org.trunkwizard.cli.trunk.TestConnectionCommand;
import org.trunkwizard.cli.trunk.UpdateCommand;
import org.trunkwizard.cli.trunk.ValidateCommand;
import org.trunkwizard.diagnostics.ReachabilityCheck;
import org.trunkwizard.i18n.Messages;

/**
 * Dispatches a command word to its {@link Command}. Never starts the FX toolkit, and makes only the command that
 * runs: building all of them loaded the LiveKit client, OkHttp and SecureRandom for {@code validate} too (issue 16).
 */
public final class Cli {

    /** Every command word, in help order. */
    static final List<String> WORDS = List.of("validate", "create", "list", "update", "delete", "export",
            "test-connection", "inbound", "dispatch-rule", "call", "diagnose", "profile", "credentials", "carrier");

    private final List<String> words;
    private final Function<String, Command> make;
    private final Console console;

    public Cli(Console console, List<Command> commands) {
        this.console = console;
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : commands) {
            byName.put(c.name(), c);
        }
        this.words = List.copyOf(byName.keySet());
        this.make = byName::get;
    }

    private Cli(Console console, TrunkServiceFactory services) {
        this.console = console;
        this.words = WORDS;
        this.make = word -> command(word, services);
    }

    /** The real thing: every command, talking to the terminal. */
    public static Cli standard() {
        return withConsole(Console.system());
    }

    public static Cli withConsole(Console console) {
        return withConsole(console, TrunkServiceFactory.STANDARD);
    }

    /** Every command, talking to LiveKit through {@code services} (tests give one with short timeouts). */
    static Cli withConsole(Console console, TrunkServiceFactory services) {
        return new Cli(console, services);
    }

    /** The command for {@code word} (one of {@link #WORDS}), or null. */
    static Command command(String word, TrunkServiceFactory services) {
        return switch (word) {
            case "validate" -> new ValidateCommand();
            case "create" -> new CreateCommand(services);
            case "list" -> new ListCommand(services);
            case "update" -> new UpdateCommand(services);
            case "delete" -> new DeleteCommand(services);
            case "export" -> new ExportCommand(services);
            case "test-connection" -> new TestConnectionCommand(services);
            case "inbound" -> new InboundCommand(services);
            case "dispatch-rule" -> new DispatchRuleCommand(services);
            case "call" -> new CallCommand(services);
            case "diagnose" -> new DiagnoseCommand(services, ReachabilityCheck::system);
            case "profile" -> new ProfileCommand(ConnectionCheck.against(services));
            case "credentials" -> new CredentialsCommand(java.time.Clock.systemUTC());
            case "carrier" -> new CarrierCommand(services);
            default -> null;
        };
    }

    public int run(String... args) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0]) || "help".equals(args[0])) {
            printHelp();
            return ExitCode.OK;
        }
        if ("--version".equals(args[0]) || "-V".equals(args[0])) {
            console.out().println(Messages.get("app.name") + " " + Version.current());
            return ExitCode.OK;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        List<String> rest = Arrays.stream(args).skip(1).filter(a -> !"--debug".equals(a)).toList();
        Command command = words.contains(args[0]) ? make.apply(args[0]) : null;
        if (command == null) {
            console.err().println(Messages.get("cli.usage.unknownCommand", args[0]));
            console.err().println(Messages.get("cli.usage.seeHelp"));
            return ExitCode.USAGE;
        }
        if (rest.contains("--help")) {
            console.out().println(Messages.get("cli.help.usage") + " trunk-wizard " + command.usage());
            return ExitCode.OK;
        }
        try {
            return command.run(rest, console);
        } catch (RefusedInputException e) {
            // stderr: stdout may be promised to one JSON document or an export.
            ProblemPrinter.print(List.of(e.problem()), console.err());
            return ExitCode.REFUSED;
        } catch (UsageException e) {
            console.err().println(e.getMessage());
            console.err().println(Messages.get("cli.help.usage") + " trunk-wizard " + command.usage());
            return ExitCode.USAGE;
        } catch (RuntimeException | Error e) {
            // Our bug, not the user's nor the server's: exit 3 would tell scripts to retry, which cannot help.
            console.err().println(Messages.get("cli.internalError", e.getClass().getSimpleName()));
            if (debug) {
                e.printStackTrace(console.err());
            }
            return ExitCode.BUG;
        }
    }

    private void printHelp() {
        console.out().println(Messages.get("app.name") + " " + Version.current() + " - " + Messages.get("app.tagline"));
        console.out().println();
        console.out().println(Messages.get("cli.help.usage"));
        console.out().println("  trunk-wizard [gui]");
        console.out().println("  trunk-wizard --help | --version");
        for (String word : words) {
            console.out().println("  trunk-wizard " + make.apply(word).usage());
        }
        console.out().println();
        console.out().println(Messages.get("cli.help.connection"));
        console.out().println(Messages.get("cli.help.exitCodes"));
    }
}
