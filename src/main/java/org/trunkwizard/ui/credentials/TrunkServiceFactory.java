package org.trunkwizard.ui.credentials;

import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Connects to a LiveKit project; the same shape as the wizard's own factory, so one method reference serves both.
 * Called off the FX thread.
 */
@FunctionalInterface
public interface TrunkServiceFactory {

    TrunkService connect(String liveKitUrl, String apiKey, String apiSecret) throws ApiException;
}
