package org.trunkwizard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SavedCredential;

/**
 * Carrier API secrets in the OS keychain ({@code carrier:<api host>:<id>}; the index holds no secret), for when the
 * environment variables are absent. One per carrier: a login replaces the previous one. The id is what is not
 * secret: Telnyx {@value #TELNYX_ID}; Twilio the Account SID, or {@code <Account SID>/<API key SID>}.
 */
final class CarrierLogins {

    static final String TELNYX_ID = "api-key";

    private CarrierLogins() {
    }

    static String host(Carrier carrier) {
        return carrier == Carrier.TWILIO ? "api.twilio.com" : "api.telnyx.com";
    }

    /** The saved login's id and secret; empty when none is saved or there is no keychain (never an error). */
    static Optional<Saved> load(Carrier carrier) {
        try (SecretsAccess access = new SecretsAccess()) {
            Optional<SavedCredential> found = saved(access, carrier).stream().findFirst();
            if (found.isEmpty() || !access.keychain().probe().available()) {
                return Optional.empty();
            }
            return access.credentials().load(found.get().key()).map(secret -> new Saved(found.get().key().id(),
                    secret));
        } catch (KeychainException | ConfigFileException e) {
            return Optional.empty();
        }
    }

    /** Not a record: a record would print its secret. */
    static final class Saved {
        private final String id;
        private final char[] secret;

        Saved(String id, char[] secret) {
            this.id = id;
            this.secret = secret;
        }

        String id() {
            return id;
        }

        String secret() {
            String s = new String(secret);
            Arrays.fill(secret, '\0');
            return s;
        }
    }

    private static List<SavedCredential> saved(SecretsAccess access, Carrier carrier) throws ConfigFileException {
        return access.credentials().list().stream().filter(c -> c.kind() == CredentialKind.CARRIER
                && c.key().host().equals(host(carrier))).toList();
    }

    /** Saves after the caller checked the secret against the carrier; replaces an earlier login. */
    static int save(Carrier carrier, String id, char[] secret, Console console) {
        try (SecretsAccess access = new SecretsAccess()) {
            KeychainStatus status = access.keychain().probe();
            if (!status.available()) {
                console.err().println(Messages.get("cli.carrier.login.noKeychain", status.reason()));
                return ExitCode.REFUSED;
            }
            for (SavedCredential old : saved(access, carrier)) {
                access.credentials().delete(old.key());
            }
            access.credentials().save(new CredentialKey(CredentialKind.CARRIER, host(carrier), id),
                    Messages.get("cli.carrier.login.label", carrier.displayName()), secret);
            console.out().println(Messages.get("cli.carrier.login.saved", carrier.displayName(), status.backend()));
            return ExitCode.OK;
        } catch (KeychainException | ConfigFileException e) {
            console.err().println(e.getMessage());
            return ExitCode.REFUSED;
        }
    }

    static int delete(Carrier carrier, Console console) {
        try (SecretsAccess access = new SecretsAccess()) {
            List<SavedCredential> all = saved(access, carrier);
            for (SavedCredential old : all) {
                access.credentials().delete(old.key());
            }
            console.out().println(Messages.get(all.isEmpty() ? "cli.carrier.logout.none" : "cli.carrier.logout.done",
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
