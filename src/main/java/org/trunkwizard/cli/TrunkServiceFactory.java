package org.trunkwizard.cli;

import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.TrunkService;

/** Makes the service a command talks to; tests pass one with short timeouts. */
@FunctionalInterface
interface TrunkServiceFactory {

    TrunkServiceFactory STANDARD = SipApi::new;

    TrunkService open(LiveKitConnection connection);
}
