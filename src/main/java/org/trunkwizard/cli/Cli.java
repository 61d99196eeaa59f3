package org.trunkwizard.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trunkwizard.diagnostics.ReachabilityCheck;
import org.trunkwizard.i18n.Messages;

/** Dispatches a command word to its {@link Command}. Never starts the FX toolkit. */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Console console;

    public Cli(Console console, List<Command> commands) {
        this.console = console;
        for (Command c : commands) {
            this.commands.put(c.name(), c);
        }
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
        List<Command> all = new java.util.ArrayList<>();
        all.add(new ValidateCommand());
        all.addAll(ApiCommands.all(services));
        all.add(new DiagnoseCommand(services, ReachabilityCheck::system));
        all.add(new ProfileCommand(ConnectionCheck.against(services)));
        all.add(new CredentialsCommand(java.time.Clock.systemUTC()));
        all.add(new CarrierCommand(services));
        return new Cli(console, all);
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
        Command command = commands.get(args[0]);
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
        for (Command c : commands.values()) {
            console.out().println("  trunk-wizard " + c.usage());
        }
        console.out().println();
        console.out().println(Messages.get("cli.help.connection"));
        console.out().println(Messages.get("cli.help.exitCodes"));
    }
}
