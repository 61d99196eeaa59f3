package org.trunkwizard.cli.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.LkCliConfig;
import org.trunkwizard.secrets.LkCliConfig.LkProject;
import org.trunkwizard.secrets.Profile;
import org.trunkwizard.secrets.ProfileInputException;
import org.trunkwizard.secrets.Profiles;

/**
 * {@code profile import-lk [FILE]}: the LiveKit CLI's projects ({@code ~/.livekit/cli-config.yaml}) as profiles.
 * Each secret goes to the OS keychain and nowhere else; each project is named as imported or skipped, with why.
 * No connection test: a project of the lk file may well be a server that is not running now.
 */
final class ProfileImport {

    private final SecretsAccess access;
    private final Console console;

    ProfileImport(SecretsAccess access, Console console) {
        this.access = access;
        this.console = console;
    }

    /** The default file, under the home folder {@code lk} uses ($HOME). */
    static Path defaultFile(Console console) {
        String home = console.env("HOME").filter(h -> !h.isBlank()).orElse(System.getProperty("user.home"));
        return Path.of(home, ".livekit", "cli-config.yaml");
    }

    int run(Path file) throws UsageException, ConfigFileException, KeychainException {
        // Before reading any secret: without a keychain there is nowhere it may go.
        KeychainStatus status = access.keychain().probe();
        if (!status.available()) {
            console.err().println(Messages.get("cli.profile.import.noKeychain", status.reason()));
            return ExitCode.REFUSED;
        }
        List<LkProject> projects;
        try {
            projects = LkCliConfig.projects(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new UsageException(Messages.get("cli.profile.import.unreadable", file));
        }
        if (projects.isEmpty()) {
            console.out().println(Messages.get("cli.profile.import.none", file));
            return ExitCode.OK;
        }
        // A rerun finds its earlier imports present: they count as done, so a rerun exits as the first run did.
        int done = 0;
        int refused = 0;
        Profiles profiles = access.profiles();
        for (LkProject p : projects) {
            String why = whySkipped(p, profiles);
            if (why != null) {
                console.out().println(Messages.get("cli.profile.import.skipped", p.name(), why));
                if (profiles.find(p.name()).isPresent()) {
                    done++;
                } else {
                    refused++;
                }
                continue;
            }
            char[] secret = p.apiSecret().toCharArray();
            try {
                Profile saved = profiles.save(p.name(), p.url(), p.apiKey(), secret);
                console.out().println(Messages.get("cli.profile.import.imported", saved.name(), saved.url(),
                        saved.apiKey(), status.backend()));
                done++;
            } catch (ProfileInputException e) {
                console.out().println(Messages.get("cli.profile.import.skipped", p.name(), e.getMessage()));
                refused++;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
        return done == 0 && refused > 0 ? ExitCode.REFUSED : ExitCode.OK;
    }

    /** Why this project cannot become a profile, or null when it can. */
    private static String whySkipped(LkProject p, Profiles profiles) throws ConfigFileException {
        for (String[] field : new String[][] {{"name", p.name()}, {"url", p.url()}, {"api_key", p.apiKey()},
                {"api_secret", p.apiSecret()}}) {
            if (field[1].isBlank()) {
                return Messages.get("cli.profile.import.missing", field[0]);
            }
        }
        try {
            Profiles.check(p.name(), p.url(), p.apiKey());
        } catch (ProfileInputException e) {
            return e.getMessage();
        }
        return profiles.find(p.name()).isPresent() ? Messages.get("cli.profile.import.exists", p.name()) : null;
    }
}
