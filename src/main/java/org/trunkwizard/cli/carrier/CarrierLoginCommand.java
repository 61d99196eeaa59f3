package org.trunkwizard.cli.carrier;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.telnyx.TelnyxClient;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;

/**
 * {@code carrier login twilio|telnyx}: the carrier's API secret, typed at a hidden prompt or piped on standard
 * input, checked with one cheap read (the numbers list), then kept in the OS keychain, never in a file.
 * {@code carrier logout} removes it.
 */
final class CarrierLoginCommand {

    private CarrierLoginCommand() {
    }

    static int login(Carrier carrier, List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of(), Set.of("account-sid", "api-key"));
        args.expectAtMost(0);
        Map<String, String> env = new HashMap<>(console.env());
        String sid = "";
        String key = "";
        String label;
        if (carrier == Carrier.TWILIO) {
            sid = args.option("account-sid").or(() -> console.env(TwilioAccount.ACCOUNT_SID_ENV))
                    .orElseThrow(() -> new UsageException(Messages.get("cli.carrier.login.accountSid",
                            TwilioAccount.ACCOUNT_SID_ENV)));
            if (!sid.matches("AC[0-9a-fA-F]{32}")) {
                throw new UsageException(Messages.get("cli.carrier.login.badSid", ServerText.safe(sid)));
            }
            key = args.option("api-key").orElse("");
            if (!key.isEmpty() && !key.matches("SK[0-9a-fA-F]{32}")) {
                throw new UsageException(Messages.get("cli.carrier.login.badSid", ServerText.safe(key)));
            }
            label = Messages.get(key.isEmpty() ? "cli.carrier.login.prompt.token" : "cli.carrier.login.prompt.keySecret");
            env.remove(TwilioAccount.AUTH_TOKEN_ENV);
            env.remove(TwilioAccount.API_KEY_ENV);
            env.remove(TwilioAccount.API_SECRET_ENV);
        } else {
            label = Messages.get("cli.carrier.login.prompt.telnyx");
            env.remove(TelnyxClient.KEY_ENV);
        }
        char[] secret = CarrierLogins.readSecret(console, label);
        try {
            CarrierLogin login = carrier == Carrier.TWILIO
                    ? new CarrierLogin.Twilio(sid, key.isEmpty() ? sid : key, new String(secret))
                    : new CarrierLogin.Telnyx(new String(secret));
            Console checking = new Console(console.out(), console.err(), console.in(), withSecret(env, login),
                    console.prompt());
            CarrierAccess.of(carrier, checking).check();
            return CarrierLogins.save(login, console);
        } catch (CarrierApiException e) {
            ProblemPrinter.print(List.of(e.problem()), console.out());
            console.out().println(Messages.get("cli.carrier.login.notSaved"));
            return e.retryable() ? ExitCode.UNREACHABLE : ExitCode.REFUSED;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    static int logout(Carrier carrier, List<String> raw, Console console) throws UsageException {
        Args.parse(raw, Set.of(), Set.of()).expectAtMost(0);
        return CarrierLogins.delete(carrier, console);
    }

    /** The environment the clients read, with the login as their own variables would give it. */
    static Map<String, String> withSecret(Map<String, String> env, CarrierLogin login) {
        Map<String, String> out = new HashMap<>(env);
        if (login instanceof CarrierLogin.Twilio t) {
            out.put(TwilioAccount.ACCOUNT_SID_ENV, t.accountSid());
            if (t.user().equals(t.accountSid())) {
                out.put(TwilioAccount.AUTH_TOKEN_ENV, t.secret());
            } else {
                out.put(TwilioAccount.API_KEY_ENV, t.user());
                out.put(TwilioAccount.API_SECRET_ENV, t.secret());
            }
        } else {
            out.put(TelnyxClient.KEY_ENV, login.secret());
        }
        return out;
    }
}
