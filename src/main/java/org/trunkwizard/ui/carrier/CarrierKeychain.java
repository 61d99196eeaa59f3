package org.trunkwizard.ui.carrier;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;

/**
 * The window's "Remember" for carrier credentials: the same keychain entries as {@code trunk-wizard carrier login}
 * ({@code carrier:<api host>:<id>}, one per carrier; the id is what is not secret: the Account SID, or
 * {@code <Account SID>/<API key SID>}, or {@code api-key} for Telnyx), so a login made in either is found by the
 * other. No JavaFX: every call may block on the keychain, so the window calls it from a worker.
 */
final class CarrierKeychain {

    private static final String TELNYX_ID = "api-key";

    private final SecretSession session;
    private final SavedCredentials credentials;

    CarrierKeychain(SecretSession session, Path configDir) {
        this.session = session;
        this.credentials = new SavedCredentials(session.store(), configDir);
    }

    boolean canRemember() {
        return session.canRemember();
    }

    static String host(Carrier carrier) {
        return carrier == Carrier.TWILIO ? "api.twilio.com" : "api.telnyx.com";
    }

    /** The saved login for {@code carrier}; empty when none, or without a keychain. */
    Optional<CarrierLogin> load(Carrier carrier) throws KeychainException, ConfigFileException {
        if (!canRemember()) {
            return Optional.empty();
        }
        Optional<SavedCredential> found = saved(carrier).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<char[]> secret = credentials.load(found.get().key());
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        String s = new String(secret.get());
        Arrays.fill(secret.get(), '\0');
        String id = found.get().key().id();
        if (carrier == Carrier.TELNYX) {
            return Optional.of(new CarrierLogin.Telnyx(s));
        }
        int slash = id.indexOf('/');
        return Optional.of(slash < 0 ? new CarrierLogin.Twilio(id, id, s)
                : new CarrierLogin.Twilio(id.substring(0, slash), id.substring(slash + 1), s));
    }

    /** Saves a login the carrier just accepted, replacing the earlier one for that carrier. */
    void save(CarrierLogin login) throws KeychainException, ConfigFileException {
        Carrier carrier = login.carrier();
        for (SavedCredential old : saved(carrier)) {
            credentials.delete(old.key());
        }
        String id;
        char[] secret;
        if (login instanceof CarrierLogin.Twilio t) {
            id = t.user().equals(t.accountSid()) ? t.accountSid() : t.accountSid() + "/" + t.user();
            secret = t.secret().toCharArray();
        } else {
            id = TELNYX_ID;
            secret = ((CarrierLogin.Telnyx) login).apiKey().toCharArray();
        }
        try {
            credentials.save(new CredentialKey(CredentialKind.CARRIER, host(carrier), id),
                    Messages.get("cli.carrier.login.label", carrier.displayName()), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private List<SavedCredential> saved(Carrier carrier) throws ConfigFileException {
        return credentials.list().stream().filter(c -> c.kind() == CredentialKind.CARRIER
                && c.key().host().equals(host(carrier))).toList();
    }
}
