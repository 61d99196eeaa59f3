package org.trunkwizard.cli;

import java.util.List;

/** The commands that talk to LiveKit, in help order. */
final class ApiCommands {

    private ApiCommands() {
    }

    static List<Command> all(TrunkServiceFactory services) {
        return List.of(
                new CreateCommand(services),
                new ListCommand(services),
                new UpdateCommand(services),
                new DeleteCommand(services),
                new ExportCommand(services),
                new TestConnectionCommand(services),
                new InboundCommand(services),
                new DispatchRuleCommand(services),
                new CallCommand(services));
    }
}
