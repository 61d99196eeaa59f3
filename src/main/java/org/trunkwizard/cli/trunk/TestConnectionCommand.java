package org.trunkwizard.cli.trunk;

import java.util.List;
import java.util.Set;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.ConnectionOptions;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;

/** {@code test-connection [--profile NAME]}: proves URL, key, secret and the SIP admin permission in one call. */
public final class TestConnectionCommand implements Command {

    private final TrunkServiceFactory services;

    public TestConnectionCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "test-connection";
    }

    @Override
    public String usage() {
        return "test-connection [--profile NAME]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of(), ApiCommandSupport.CONNECTION_OPTIONS);
        args.expectAtMost(0);
        try {
            LiveKitConnection connection = ConnectionOptions.resolve(args, console);
            services.open(connection).testConnection();
            console.out().println(Messages.get("cli.testConnection.ok", connection.baseUrl(), connection.apiKey()));
            return ExitCode.OK;
        } catch (ApiException e) {
            return ApiCommandSupport.fail(e, console, false);
        }
    }
}
