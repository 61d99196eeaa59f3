package org.trunkwizard.cli;

import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkFiles;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

/**
 * A trunk as a command receives it: the FILE argument (or {@code -}), plus the password from
 * {@code TRUNK_AUTH_PASSWORD} when the file has none. A password inside the file earns a warning.
 */
record TrunkInput(TrunkSpec spec, List<Problem> notes) {

    static final String PASSWORD_ENV = "TRUNK_AUTH_PASSWORD";

    static TrunkInput read(String file, Console console) throws TrunkFormatException {
        TrunkSpec spec = TrunkFiles.read(file, console.in());
        List<Problem> notes = new ArrayList<>();
        if (spec.hasPassword()) {
            notes.add(Problem.warning("auth_password", Messages.get("cli.passwordInFile"),
                    Messages.get("cli.passwordInFile.hint", PASSWORD_ENV)));
        } else {
            var fromEnv = console.env(PASSWORD_ENV);
            if (fromEnv.isPresent()) {
                spec = spec.toBuilder().authPassword(fromEnv.get()).build();
            }
        }
        return new TrunkInput(spec, notes);
    }
}
