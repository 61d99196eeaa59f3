package org.trunkwizard.carriers.account;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.telnyx.TelnyxAccountSetup;
import org.trunkwizard.carriers.telnyx.TelnyxClient;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.carriers.twilio.TwilioAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.carriers.twilio.TwilioHosts;
import org.trunkwizard.livekit.TrunkService;

/**
 * The same {@link CarrierAccountSetup} the CLI drives, built from typed credentials instead of the environment (the
 * window). {@code env} gives only the API base overrides ({@value TwilioHosts#OVERRIDE_ENV},
 * {@value TelnyxClient#OVERRIDE_ENV}), as for the CLI.
 */
public final class CarrierAccounts {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration READ = Duration.ofSeconds(20);

    private CarrierAccounts() {
    }

    /** Empty when an override in {@code env} is not a usable base (plain http to another computer, not a URL). */
    public static Optional<CarrierAccountSetup> open(CarrierLogin login, Map<String, String> env, TrunkService livekit,
                                                     Path folder, TelnyxRegion region) {
        if (login instanceof CarrierLogin.Twilio t) {
            Optional<String> override = Optional.ofNullable(env.get(TwilioHosts.OVERRIDE_ENV))
                    .filter(o -> !o.isBlank());
            return TwilioHosts.resolve(override).map(hosts -> new TwilioAccountSetup(new TwilioClient(
                    new TwilioAccount(t.accountSid().strip(), t.user().strip(), t.secret().strip()), hosts,
                    CONNECT, READ), livekit, folder));
        }
        CarrierLogin.Telnyx t = (CarrierLogin.Telnyx) login;
        Map<String, String> withKey = new HashMap<>();
        Optional.ofNullable(env.get(TelnyxClient.OVERRIDE_ENV)).ifPresent(o -> withKey.put(TelnyxClient.OVERRIDE_ENV, o));
        withKey.put(TelnyxClient.KEY_ENV, t.apiKey());
        return TelnyxClient.fromEnv(withKey, CONNECT, READ)
                .map(client -> new TelnyxAccountSetup(client, livekit, folder, region));
    }
}
