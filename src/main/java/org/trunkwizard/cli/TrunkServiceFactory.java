package org.trunkwizard.cli;

import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.SipSetupService;

/** Makes the service a command talks to; tests pass one with short timeouts. */
@FunctionalInterface
interface TrunkServiceFactory {

    TrunkServiceFactory STANDARD = SipApi::new;

    SipSetupService open(LiveKitConnection connection);

    /** The service for the connection this command line names (see {@link ConnectionOptions}). */
    default SipSetupService open(Args args, Console console) throws UsageException, ApiException {
        return open(ConnectionOptions.resolve(args, console));
    }
}
