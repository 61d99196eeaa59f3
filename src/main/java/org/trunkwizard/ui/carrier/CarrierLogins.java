package org.trunkwizard.ui.carrier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.Carrier;

/**
 * The carrier credentials that worked in this session, so reopening the window does not ask again. Memory only:
 * the keychain has no entry for carrier credentials yet, and a secret never goes to a file or the draft.
 */
public final class CarrierLogins {

    private final Map<Carrier, CarrierLogin> logins = new EnumMap<>(Carrier.class);

    Optional<CarrierLogin> get(Carrier carrier) {
        return Optional.ofNullable(logins.get(carrier));
    }

    void keep(CarrierLogin login) {
        logins.put(login.carrier(), login);
    }
}
