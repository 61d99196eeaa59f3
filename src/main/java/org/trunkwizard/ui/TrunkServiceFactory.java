package org.trunkwizard.ui;

import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/** Makes a {@link TrunkService} for the project typed on the first page. Tests inject their own. */
@FunctionalInterface
public interface TrunkServiceFactory {

    /** Called off the FX thread; may throw for a URL or key it cannot use, with a problem naming that field. */
    TrunkService connect(String liveKitUrl, String apiKey, String apiSecret) throws ApiException;
}
