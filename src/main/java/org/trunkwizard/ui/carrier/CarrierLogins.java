package org.trunkwizard.ui.carrier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.Carrier;

/**
 * The carrier credentials that worked in this session, so reopening the window does not ask again. Memory only,
 * never a file or the draft; with Remember they are also kept in the keychain ({@link CarrierKeychain}).
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
