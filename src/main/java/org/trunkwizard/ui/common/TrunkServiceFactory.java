package org.trunkwizard.ui.common;

import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Makes a {@link TrunkService} for a LiveKit project: the wizard's first page and the Credentials window's rotation
 * both connect through it. Tests inject their own.
 */
@FunctionalInterface
public interface TrunkServiceFactory {

    /** Called off the FX thread; may throw for a URL or key it cannot use, with a problem naming that field. */
    TrunkService connect(String liveKitUrl, String apiKey, String apiSecret) throws ApiException;
}
