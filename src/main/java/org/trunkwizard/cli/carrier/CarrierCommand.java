package org.trunkwizard.cli.carrier;

import java.util.List;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;

/**
 * {@code carrier numbers|setup twilio|telnyx ...}: the carrier's side set up through its API. One command word; each
 * action's work is in its own class ({@link CarrierNumbers}, {@link CarrierSetup}).
 */
public final class CarrierCommand implements Command {

    private final TrunkServiceFactory services;

    public CarrierCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "carrier";
    }

    @Override
    public String usage() {
        // One line per subcommand, as docs/cli.md lists them: four commands on one line could not be read.
        String next = System.lineSeparator() + "  trunk-wizard ";
        return "carrier numbers twilio|telnyx [--json]"
                + next + "carrier setup twilio|telnyx --number NUMBER [--number ...] [--name NAME] [--livekit-sip-uri URI]"
                + " [--countries US,CA] [--move-numbers] [--telnyx-region NAME] [--dry-run] [--undo] [--profile NAME]"
                + " [--json]"
                + next + "carrier login twilio [--account-sid AC...] [--api-key SK...] | carrier login telnyx"
                + next + "carrier logout twilio|telnyx";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException, RefusedInputException {
        if (args.size() < 2) {
            throw new UsageException(Messages.get("cli.usage.missingArgument", "numbers|setup twilio"));
        }
        Carrier carrier = java.util.Arrays.stream(Carrier.values()).filter(c -> c.id().equals(args.get(1)))
                .findFirst().orElseThrow(() -> new UsageException(Messages.get("cli.carrier.unsupported",
                        ServerText.safe(args.get(1)))));
        List<String> rest = args.subList(2, args.size());
        return switch (args.get(0)) {
            case "numbers" -> CarrierNumbers.run(carrier, rest, console);
            case "setup" -> new CarrierSetup(services, carrier).run(rest, console);
            case "login" -> CarrierLoginCommand.login(carrier, rest, console);
            case "logout" -> CarrierLoginCommand.logout(carrier, rest, console);
            default -> throw new UsageException(Messages.get("cli.carrier.unknownAction", args.get(0)));
        };
    }
}
