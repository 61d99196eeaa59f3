package org.trunkwizard.cli;

import java.nio.file.Path;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.livekit.TrunkService;

/** The carrier's API client for a command line, from the environment, and the setup over it. */
final class CarrierAccess {

    private final TwilioClient twilio;

    private CarrierAccess(TwilioClient twilio) {
        this.twilio = twilio;
    }

    /** Checks the credentials are there (not yet that they work): a usage error before anything is read. */
    static CarrierAccess of(Carrier carrier, Console console) throws UsageException {
        return new CarrierAccess(TwilioAccess.client(console));
    }

    CarrierAccountSetup setup(TrunkService livekit, Path folder) {
        return new TwilioAccountSetup(twilio, livekit, folder);
    }
}
