package org.trunkwizard.carriers.account;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;

/**
 * Carrier logins in the OS keychain, one per carrier, under {@code carrier:<api host>:<id>} (the index holds no
 * secret). The id is the part that is not secret: the Twilio Account SID, or {@code <Account SID>/<API key SID>};
 * {@value #TELNYX_ID} for Telnyx. {@code trunk-wizard carrier login} and the window's Remember share it, so a login
 * made in either is found by the other.
 */
public final class SavedCarrierLogins {

    private static final String TELNYX_ID = "api-key";

    private final SavedCredentials credentials;

    public SavedCarrierLogins(SavedCredentials credentials) {
        this.credentials = credentials;
    }

    static String host(Carrier carrier) {
        return carrier == Carrier.TWILIO ? "api.twilio.com" : "api.telnyx.com";
    }

    static String id(CarrierLogin login) {
        if (login instanceof CarrierLogin.Twilio t) {
            return t.user().equals(t.accountSid()) ? t.accountSid() : t.accountSid() + "/" + t.user();
        }
        return TELNYX_ID;
    }

    /** The login an id and its secret stand for: the inverse of {@link #id}. */
    static CarrierLogin login(Carrier carrier, String id, String secret) {
        if (carrier == Carrier.TELNYX) {
            return new CarrierLogin.Telnyx(secret);
        }
        int slash = id.indexOf('/');
        return slash < 0 ? new CarrierLogin.Twilio(id, id, secret)
                : new CarrierLogin.Twilio(id.substring(0, slash), id.substring(slash + 1), secret);
    }

    /** The saved login for {@code carrier}; empty when none is saved. */
    public Optional<CarrierLogin> load(Carrier carrier) throws KeychainException, ConfigFileException {
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
        return Optional.of(login(carrier, found.get().key().id(), s));
    }

    /** Saves a login the carrier just accepted, replacing the earlier one for that carrier. */
    public void save(CarrierLogin login, String label) throws KeychainException, ConfigFileException {
        delete(login.carrier());
        char[] secret = login.secret().toCharArray();
        try {
            credentials.save(new CredentialKey(CredentialKind.CARRIER, host(login.carrier()), id(login)), label,
                    secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Whether there was one to delete. */
    public boolean delete(Carrier carrier) throws KeychainException, ConfigFileException {
        List<SavedCredential> all = saved(carrier);
        for (SavedCredential old : all) {
            credentials.delete(old.key());
        }
        return !all.isEmpty();
    }

    private List<SavedCredential> saved(Carrier carrier) throws ConfigFileException {
        return credentials.list().stream().filter(c -> c.kind() == CredentialKind.CARRIER
                && c.key().host().equals(host(carrier))).toList();
    }
}
