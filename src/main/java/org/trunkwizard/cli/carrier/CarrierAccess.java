package org.trunkwizard.cli.carrier;

import java.nio.file.Path;
import java.time.Duration;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.telnyx.TelnyxAccountSetup;
import org.trunkwizard.carriers.telnyx.TelnyxClient;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.carriers.twilio.TwilioAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.TrunkService;

/** The carrier's API client for a command line, from the environment, and the setup over it. */
final class CarrierAccess {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration READ = Duration.ofSeconds(20);

    private final TwilioClient twilio;
    private final TelnyxClient telnyx;

    private CarrierAccess(TwilioClient twilio, TelnyxClient telnyx) {
        this.twilio = twilio;
        this.telnyx = telnyx;
    }

    /**
     * Checks the credentials are there (not yet that they work): a usage error before anything is read. The
     * environment first (the carriers' own CLIs' variables), else what {@code carrier login} kept in the keychain.
     */
    static CarrierAccess of(Carrier carrier, Console console) throws UsageException {
        Console c = withSavedLogin(carrier, console);
        return carrier == Carrier.TWILIO ? new CarrierAccess(TwilioAccess.client(c), null)
                : new CarrierAccess(null, telnyx(c));
    }

    private static Console withSavedLogin(Carrier carrier, Console console) {
        boolean inEnv = carrier == Carrier.TWILIO ? TwilioAccount.fromEnv(console.env()).isPresent()
                : console.env(TelnyxClient.KEY_ENV).filter(k -> !k.isBlank()).isPresent();
        if (inEnv) {
            return console;
        }
        return CarrierLogins.load(carrier).map(saved -> new Console(console.out(), console.err(), console.in(),
                CarrierLoginCommand.withSecret(console.env(), saved), console.prompt())).orElse(console);
    }

    TwilioClient twilio() {
        return twilio;
    }

    TelnyxClient telnyx() {
        return telnyx;
    }

    /** One cheap read: the account's numbers. Proves the credentials work. */
    void check() throws CarrierApiException {
        if (twilio != null) {
            twilio.incomingNumbers();
        } else {
            telnyx.phoneNumbers();
        }
    }

    private static TelnyxClient telnyx(Console console) throws UsageException {
        if (console.env(TelnyxClient.KEY_ENV).filter(k -> !k.isBlank()).isEmpty()) {
            throw new UsageException(Messages.get("cli.carrier.telnyx.noCredentials", TelnyxClient.KEY_ENV));
        }
        return TelnyxClient.fromEnv(console.env(), CONNECT, READ).orElseThrow(() -> new UsageException(
                Messages.get("cli.carrier.twilio.badBase", TelnyxClient.OVERRIDE_ENV)));
    }

    CarrierAccountSetup setup(TrunkService livekit, Path folder, TelnyxRegion region) {
        return twilio != null ? new TwilioAccountSetup(twilio, livekit, folder)
                : new TelnyxAccountSetup(telnyx, livekit, folder, region);
    }
}
