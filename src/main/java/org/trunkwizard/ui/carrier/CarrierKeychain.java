package org.trunkwizard.ui.carrier;

import java.nio.file.Path;
import java.util.Optional;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.account.SavedCarrierLogins;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;

/**
 * The window's "Remember" for carrier credentials: the same keychain entries as {@code trunk-wizard carrier login}
 * ({@code carrier:<api host>:<id>}, one per carrier; the id is what is not secret: the Account SID, or
 * {@code <Account SID>/<API key SID>}, or {@code api-key} for Telnyx), so a login made in either is found by the
 * other. No JavaFX: every call may block on the keychain, so the window calls it from a worker.
 */
final class CarrierKeychain {

    private final SecretSession session;
    private final SavedCarrierLogins logins;

    CarrierKeychain(SecretSession session, Path configDir) {
        this.session = session;
        this.logins = new SavedCarrierLogins(new SavedCredentials(session.store(), configDir));
    }

    boolean canRemember() {
        return session.canRemember();
    }

    /** The saved login for {@code carrier}; empty when none, or without a keychain. */
    Optional<CarrierLogin> load(Carrier carrier) throws KeychainException, ConfigFileException {
        return canRemember() ? logins.load(carrier) : Optional.empty();
    }

    /** Saves a login the carrier just accepted, replacing the earlier one for that carrier. */
    void save(CarrierLogin login) throws KeychainException, ConfigFileException {
        logins.save(login, Messages.get("cli.carrier.login.label", login.carrier().displayName()));
    }
}
