package org.trunkwizard.cli.secrets;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.SavedCredential;

/** {@code credentials list | delete KEY}: what is saved in the keychain (from the index; never a secret). */
public final class CredentialsCommand implements Command {

    private final Clock clock;

    public CredentialsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "credentials";
    }

    @Override
    public String usage() {
        return "credentials list | delete KEY";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of(), Set.of());
        String action = args.positional(0, "list|delete");
        try (SecretsAccess access = new SecretsAccess()) {
            switch (action) {
                case "list":
                    args.expectAtMost(1);
                    return list(console, access);
                case "delete":
                    args.expectAtMost(2);
                    return delete(args.positional(1, "KEY"), console, access);
                default:
                    throw new UsageException(Messages.get("cli.usage.unknownAction", action, "list, delete"));
            }
        } catch (ConfigFileException | KeychainException e) {
            console.err().println(e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    private int list(Console console, SecretsAccess access) throws ConfigFileException {
        List<SavedCredential> saved = access.credentials().list();
        if (saved.isEmpty()) {
            console.out().println(Messages.get("cli.credentials.none"));
            return ExitCode.OK;
        }
        Table table = new Table(Messages.get("cli.credentials.column.key"), Messages.get("cli.credentials.column.kind"),
                Messages.get("cli.credentials.column.label"), Messages.get("cli.credentials.column.age"));
        for (SavedCredential c : saved) {
            table.row(c.key().account(), c.kind().word(), c.label(),
                    Ages.format(Duration.between(c.lastRotated(), clock.instant())));
        }
        table.print(console.out());
        return ExitCode.OK;
    }

    private static int delete(String text, Console console, SecretsAccess access)
            throws UsageException, ConfigFileException, KeychainException {
        CredentialKey key = CredentialKey.parse(text)
                .orElseThrow(() -> new UsageException(Messages.get("cli.credentials.badKey", text)));
        List<String> users = access.profiles().using(key);
        if (!access.credentials().delete(key)) {
            console.err().println(Messages.get("cli.credentials.notFound", text));
            return ExitCode.REFUSED;
        }
        console.out().println(Messages.get("cli.credentials.deleted", text));
        if (!users.isEmpty()) {
            console.out().println(Messages.get("cli.credentials.profilesAffected", String.join(", ", users)));
        }
        return ExitCode.OK;
    }
}
