package org.trunkwizard.cli.secrets;

import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;

/** Tests LiveKit credentials before they are saved: a secret is written only after its connection worked. */
public interface ConnectionCheck {

    /** Prints what went wrong (never the secret) and returns an {@link ExitCode}; OK when the server accepted. */
    int test(String url, String apiKey, char[] apiSecret, Console console);

    /** The real check: one authenticated call to the project (see TrunkService#testConnection). */
    static ConnectionCheck against(TrunkServiceFactory services) {
        return (url, apiKey, apiSecret, console) -> {
            try {
                services.open(LiveKitConnection.of(url, apiKey, new String(apiSecret))).testConnection();
                return ExitCode.OK;
            } catch (ApiException e) {
                return ApiCommandSupport.fail(e, console, false);
            }
        };
    }
}
