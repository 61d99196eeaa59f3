package org.trunkwizard.cli.carrier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.telnyx.TelnyxClient;
import org.trunkwizard.carriers.telnyx.TelnyxException;
import org.trunkwizard.carriers.twilio.TwilioClient.IncomingNumber;
import org.trunkwizard.carriers.twilio.TwilioException;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ServerText;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;

/** {@code carrier numbers twilio|telnyx [--json]}: the account's numbers and what each is used by now. */
final class CarrierNumbers {

    private CarrierNumbers() {
    }

    static int run(Carrier carrier, List<String> raw, Console console) throws UsageException {
        Args args = Args.parse(raw, Set.of("json"), Set.of());
        args.expectAtMost(0);
        boolean json = args.flag("json");
        if (carrier == Carrier.TELNYX) {
            return telnyx(CarrierAccess.of(carrier, console).telnyx(), json, console);
        }
        try {
            List<IncomingNumber> numbers = CarrierAccess.of(carrier, console).twilio().incomingNumbers();
            if (json) {
                JsonArray list = new JsonArray();
                for (IncomingNumber n : numbers) {
                    JsonObject o = new JsonObject();
                    o.addProperty("phone_number", n.phoneNumber());
                    o.addProperty("sid", n.sid());
                    o.addProperty("trunk_sid", n.trunkSid());
                    o.addProperty("voice_application_sid", n.voiceApplicationSid());
                    o.addProperty("voice_url", n.voiceUrl());
                    list.add(o);
                }
                JsonObject doc = new JsonObject();
                doc.add("numbers", list);
                ApiCommandSupport.printJson(doc, console);
            } else if (numbers.isEmpty()) {
                console.out().println(Messages.get("cli.carrier.numbers.none"));
            } else {
                numbers.forEach(n -> console.out().println(ServerText.safe(n.phoneNumber() + "  " + n.sid() + "  "
                        + use(n))));
            }
            return ExitCode.OK;
        } catch (TwilioException e) {
            return CarrierSetup.fail(e.problem(), e.retryable(), console, json, new JsonArray());
        }
    }

    private static int telnyx(TelnyxClient telnyx, boolean json, Console console) {
        try {
            List<TelnyxClient.PhoneNumber> numbers = telnyx.phoneNumbers();
            if (json) {
                JsonArray list = new JsonArray();
                for (TelnyxClient.PhoneNumber n : numbers) {
                    JsonObject o = new JsonObject();
                    o.addProperty("phone_number", n.phoneNumber());
                    o.addProperty("id", n.id());
                    o.addProperty("connection_id", n.connectionId());
                    list.add(o);
                }
                JsonObject doc = new JsonObject();
                doc.add("numbers", list);
                ApiCommandSupport.printJson(doc, console);
            } else if (numbers.isEmpty()) {
                console.out().println(Messages.get("cli.carrier.numbers.none.telnyx"));
            } else {
                numbers.forEach(n -> console.out().println(ServerText.safe(n.phoneNumber() + "  " + n.id() + "  "
                        + (n.connectionId().isEmpty() ? Messages.get("cli.carrier.numbers.free")
                        : Messages.get("cli.carrier.numbers.connection", n.connectionId())))));
            }
            return ExitCode.OK;
        } catch (TelnyxException e) {
            return CarrierSetup.fail(e.problem(), e.retryable(), console, json, new JsonArray());
        }
    }

    private static String use(IncomingNumber n) {
        if (!n.trunkSid().isEmpty()) {
            return Messages.get("cli.carrier.numbers.trunk", n.trunkSid());
        }
        if (!n.voiceApplicationSid().isEmpty()) {
            return Messages.get("cli.carrier.numbers.app", n.voiceApplicationSid());
        }
        return n.voiceUrl().isEmpty() ? Messages.get("cli.carrier.numbers.free")
                : Messages.get("cli.carrier.numbers.url", n.voiceUrl());
    }
}
