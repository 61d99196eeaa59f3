package org.trunkwizard.cli.trunk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.trunk.TrunkJson;

/**
 * {@code export TRUNK_ID [--profile NAME]}: the trunk as an lk create request on stdout, password left out, so
 * {@code lk sip outbound create} or our own {@code create} can make it again.
 */
public final class ExportCommand implements Command {

    private final TrunkServiceFactory services;

    public ExportCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export TRUNK_ID [--profile NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of(), ApiCommandSupport.CONNECTION_OPTIONS);
        String id = ApiCommandSupport.trunkId(args, console);
        args.expectAtMost(1);
        Optional<StoredTrunk> trunk;
        try {
            trunk = services.open(args, console).findTrunk(id);
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, false);
        }
        if (trunk.isEmpty()) {
            return ApiCommandSupport.trunkNotFound(id, console);
        }
        console.out().println(TrunkJson.write(trunk.get().spec(), false));
        return ExitCode.OK;
    }
}
