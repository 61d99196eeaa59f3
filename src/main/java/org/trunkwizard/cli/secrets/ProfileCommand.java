package org.trunkwizard.cli.secrets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.Profile;
import org.trunkwizard.secrets.ProfileInputException;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.validation.Problem;

/**
 * {@code profile save NAME [--url URL] [--api-key KEY] | list | delete NAME | import-lk [FILE]}: named LiveKit
 * connections.
 * The API secret comes from LIVEKIT_API_SECRET or the hidden prompt, never from an argument, and goes only to
 * the OS keychain: without one, nothing is saved.
 */
public final class ProfileCommand implements Command {

    private static final Set<String> SECRET_OPTIONS = Set.of("--api-secret", "--secret", "--password");

    private final ConnectionCheck connectionCheck;

    public ProfileCommand(ConnectionCheck connectionCheck) {
        this.connectionCheck = connectionCheck;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "profile save NAME [--url URL] [--api-key KEY] | list | delete NAME | import-lk [FILE]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException {
        if (raw.stream().anyMatch(a -> SECRET_OPTIONS.contains(a.split("=", 2)[0]))) {
            throw new UsageException(Messages.get("cli.profile.secretArgument"));
        }
        Args args = Args.parse(raw, Set.of(), Set.of("url", "api-key"));
        String action = args.positional(0, "save|list|delete|import-lk");
        try (SecretsAccess access = new SecretsAccess()) {
            switch (action) {
                case "save":
                    return save(args, console, access);
                case "list":
                    args.expectAtMost(1);
                    return list(console, access.profiles());
                case "delete":
                    args.expectAtMost(2);
                    return delete(args.positional(1, "NAME"), console, access.profiles());
                case "import-lk":
                    args.expectAtMost(2);
                    return new ProfileImport(access, console).run(args.positionals().size() > 1
                            ? Path.of(args.positional(1, "FILE")) : ProfileImport.defaultFile(console));
                default:
                    throw new UsageException(Messages.get("cli.usage.unknownAction", action,
                            "save, list, delete, import-lk"));
            }
        } catch (ConfigFileException | KeychainException e) {
            console.err().println(e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    private int save(Args args, Console console, SecretsAccess access)
            throws UsageException, ConfigFileException, KeychainException {
        String name = args.positional(1, "NAME");
        args.expectAtMost(2);
        String url = args.option("url").or(() -> console.env("LIVEKIT_URL"))
                .orElseThrow(() -> new UsageException(Messages.get("cli.profile.urlMissing")));
        String apiKey = args.option("api-key").or(() -> console.env("LIVEKIT_API_KEY"))
                .orElseThrow(() -> new UsageException(Messages.get("cli.profile.apiKeyMissing")));
        try {
            Profiles.check(name, url, apiKey);
        } catch (ProfileInputException e) {
            return refuse(e, console);
        }
        // Before asking for the secret: no point typing it if it cannot be kept.
        KeychainStatus status = access.keychain().probe();
        if (!status.available()) {
            console.err().println(Messages.get("cli.profile.noKeychain", status.reason()));
            return ExitCode.REFUSED;
        }
        char[] secret = readSecret(console, name);
        try {
            int tested = connectionCheck.test(url, apiKey, secret, console);
            if (tested != ExitCode.OK) {
                return tested;
            }
            Profile saved = access.profiles().save(name, url, apiKey, secret);
            console.out().println(Messages.get("cli.profile.saved", saved.name(), saved.url(), saved.apiKey(),
                    status.backend()));
            return ExitCode.OK;
        } catch (ProfileInputException e) {
            return refuse(e, console);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static char[] readSecret(Console console, String name) throws UsageException {
        Optional<String> fromEnv = console.env("LIVEKIT_API_SECRET");
        if (fromEnv.isPresent()) {
            return fromEnv.get().toCharArray();
        }
        return console.prompt().readSecret(Messages.get("cli.profile.secretPrompt", name))
                .filter(s -> s.length > 0)
                .orElseThrow(() -> new UsageException(Messages.get("cli.profile.secretMissing")));
    }

    private static int refuse(ProfileInputException e, Console console) {
        ProblemPrinter.print(List.of(Problem.error(e.field(), e.getMessage(), "")), console.out());
        return ExitCode.REFUSED;
    }

    private static int list(Console console, Profiles profiles) throws ConfigFileException {
        List<Profile> all = profiles.list();
        if (all.isEmpty()) {
            console.out().println(Messages.get("cli.profile.none"));
            return ExitCode.OK;
        }
        Table table = new Table(Messages.get("cli.profile.column.name"), Messages.get("cli.profile.column.url"),
                Messages.get("cli.profile.column.apiKey"));
        all.forEach(p -> table.row(p.name(), p.url(), p.apiKey()));
        table.print(console.out());
        return ExitCode.OK;
    }

    private static int delete(String name, Console console, Profiles profiles)
            throws ConfigFileException, KeychainException {
        if (!profiles.delete(name)) {
            console.err().println(Messages.get("cli.profile.notFound", name));
            return ExitCode.REFUSED;
        }
        console.out().println(Messages.get("cli.profile.deleted", name));
        return ExitCode.OK;
    }
}
