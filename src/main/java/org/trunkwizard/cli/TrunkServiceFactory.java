package org.trunkwizard.cli;

import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.SipSetupService;

/** Makes the service a command talks to; tests pass one with short timeouts. */
@FunctionalInterface
public interface TrunkServiceFactory {

    /** A lambda, not {@code SipApi::new}: that would load the LiveKit client (and OkHttp) with this interface. */
    TrunkServiceFactory STANDARD = connection -> new SipApi(connection);

    SipSetupService open(LiveKitConnection connection);

    /** The service for the connection this command line names (see {@link ConnectionOptions}). */
    default SipSetupService open(Args args, Console console) throws UsageException, ApiException {
        return open(ConnectionOptions.resolve(args, console));
    }
}
