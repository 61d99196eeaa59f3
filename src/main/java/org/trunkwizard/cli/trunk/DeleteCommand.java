package org.trunkwizard.cli.trunk;

import java.util.List;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;

/** {@code delete TRUNK_ID [--profile NAME]}. */
public final class DeleteCommand implements Command {

    private final TrunkServiceFactory services;

    public DeleteCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public String usage() {
        return "delete TRUNK_ID [--profile NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of(), ApiCommandSupport.CONNECTION_OPTIONS);
        String id = ApiCommandSupport.trunkId(args, console);
        args.expectAtMost(1);
        try {
            services.open(args, console).deleteTrunk(id);
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, false);
        }
        console.out().println(Messages.get("cli.delete.done", id));
        return ExitCode.OK;
    }
}
