package org.trunkwizard.cli.carrier;

import java.time.Duration;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.carriers.twilio.TwilioHosts;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;

/** The Twilio client for a command line: credentials and host override from the environment. */
final class TwilioAccess {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration READ = Duration.ofSeconds(20);

    private TwilioAccess() {
    }

    static TwilioClient client(Console console) throws UsageException {
        TwilioAccount account = TwilioAccount.fromEnv(console.env()).orElseThrow(() -> new UsageException(
                Messages.get("cli.carrier.twilio.noCredentials", TwilioAccount.ACCOUNT_SID_ENV,
                        TwilioAccount.AUTH_TOKEN_ENV, TwilioAccount.API_KEY_ENV, TwilioAccount.API_SECRET_ENV)));
        TwilioHosts hosts = TwilioHosts.resolve(console.env(TwilioHosts.OVERRIDE_ENV)).orElseThrow(
                () -> new UsageException(Messages.get("cli.carrier.twilio.badBase", TwilioHosts.OVERRIDE_ENV)));
        return new TwilioClient(account, hosts, CONNECT, READ);
    }
}
