package org.trunkwizard.cli.trunk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trunkwizard.cli.Console;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.TrunkDocument;
import org.trunkwizard.trunk.TrunkFiles;
import org.trunkwizard.trunk.TrunkFormatException;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

/**
 * A trunk as a command receives it: the FILE argument (or {@code -}), plus the password from
 * {@code TRUNK_AUTH_PASSWORD} when the file has none. A password inside the file earns a warning, and so do fields
 * passed on unchecked or not sent at all.
 *
 * @param fields the lk names of the fields stated (the environment's password counts): what update changes
 */
public record TrunkInput(TrunkSpec spec, Set<String> fields, List<Problem> notes) {

    public static final String PASSWORD_ENV = "TRUNK_AUTH_PASSWORD";

    static TrunkInput read(String file, Console console) throws TrunkFormatException {
        TrunkDocument document = TrunkFiles.readDocument(file, console.in());
        TrunkSpec spec = document.spec();
        Set<String> fields = new LinkedHashSet<>(document.fields());
        List<Problem> notes = new ArrayList<>();
        if (!document.unchecked().isEmpty()) {
            notes.add(Problem.warning("trunk", Messages.get("file.fields.unchecked",
                    String.join(", ", document.unchecked())), Messages.get("file.fields.unchecked.hint")));
        }
        if (!document.unknown().isEmpty()) {
            notes.add(Problem.warning("trunk", Messages.get("file.fields.unknown",
                    String.join(", ", document.unknown())), Messages.get("file.fields.unknown.hint")));
        }
        if (spec.hasPassword()) {
            notes.add(Problem.warning("auth_password", Messages.get("cli.passwordInFile"),
                    Messages.get("cli.passwordInFile.hint", PASSWORD_ENV)));
        } else {
            var fromEnv = console.env(PASSWORD_ENV);
            if (fromEnv.isPresent()) {
                spec = spec.toBuilder().authPassword(fromEnv.get()).build();
                fields.add("auth_password");
            }
        }
        return new TrunkInput(spec, fields, notes);
    }
}
