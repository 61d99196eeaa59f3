package org.trunkwizard.cli.carrier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.account.SavedCarrierLogins;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;

/**
 * The CLI's side of the carrier logins kept in the OS keychain ({@link SavedCarrierLogins}, shared with the window),
 * for when the environment variables are absent.
 */
final class CarrierLogins {

    private CarrierLogins() {
    }

    /** The saved login; empty when none is saved or there is no keychain (never an error). */
    static Optional<CarrierLogin> load(Carrier carrier) {
        try (SecretsAccess access = new SecretsAccess()) {
            if (!access.keychain().probe().available()) {
                return Optional.empty();
            }
            return new SavedCarrierLogins(access.credentials()).load(carrier);
        } catch (KeychainException | ConfigFileException e) {
            return Optional.empty();
        }
    }

    /** Saves after the caller checked the secret against the carrier; replaces an earlier login. */
    static int save(CarrierLogin login, Console console) {
        Carrier carrier = login.carrier();
        try (SecretsAccess access = new SecretsAccess()) {
            KeychainStatus status = access.keychain().probe();
            if (!status.available()) {
                console.err().println(Messages.get("cli.carrier.login.noKeychain", status.reason()));
                return ExitCode.REFUSED;
            }
            new SavedCarrierLogins(access.credentials()).save(login,
                    Messages.get("cli.carrier.login.label", carrier.displayName()));
            console.out().println(Messages.get("cli.carrier.login.saved", carrier.displayName(), status.backend()));
            return ExitCode.OK;
        } catch (KeychainException | ConfigFileException e) {
            console.err().println(e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    static int delete(Carrier carrier, Console console) {
        try (SecretsAccess access = new SecretsAccess()) {
            boolean had = new SavedCarrierLogins(access.credentials()).delete(carrier);
            console.out().println(Messages.get(had ? "cli.carrier.logout.done" : "cli.carrier.logout.none",
                    carrier.displayName()));
            return ExitCode.OK;
        } catch (KeychainException | ConfigFileException e) {
            console.err().println(e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    /**
     * The secret from a hidden prompt, or the first line of standard input when there is no terminal (a pipe from
     * a password manager); never from an argument, where the shell's history and {@code ps} would see it.
     */
    static char[] readSecret(Console console, String label) throws UsageException {
        Optional<char[]> typed = console.prompt().readSecret(label);
        if (typed.isPresent() && typed.get().length > 0) {
            return typed.get();
        }
        try {
            String line = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8)).readLine();
            if (line != null && !line.isBlank()) {
                return line.strip().toCharArray();
            }
        } catch (IOException e) {
            // Treated as nothing given.
        }
        throw new UsageException(Messages.get("cli.carrier.login.secretMissing"));
    }
}
