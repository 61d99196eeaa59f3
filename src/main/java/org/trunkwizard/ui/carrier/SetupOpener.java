package org.trunkwizard.ui.carrier;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.account.CarrierAccounts;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.livekit.TrunkService;

/**
 * How the window gets its {@link CarrierAccountSetup} once the admin has typed a login: {@link CarrierAccounts#open}
 * ({@link #STANDARD}); tests wrap it to see on which thread each call runs.
 */
@FunctionalInterface
interface SetupOpener {

    SetupOpener STANDARD = CarrierAccounts::open;

    Optional<CarrierAccountSetup> open(CarrierLogin login, Map<String, String> env, TrunkService livekit, Path folder,
                                       TelnyxRegion region);
}
