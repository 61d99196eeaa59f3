package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * Every rule a trunk must pass, for the window and the CLI alike. Pure: no I/O, never throws on odd input, and
 * fast enough to run on every keystroke. Problems come in the order the wizard asks for the fields.
 */
public final class TrunkChecks {

    static final int MAX_NAME = 128;

    private TrunkChecks() {
    }

    public static CheckResult check(TrunkSpec spec, CheckOptions options) {
        TrunkSpec s = spec == null ? TrunkSpec.EMPTY : spec;
        CheckOptions o = options == null ? new CheckOptions(null, Optional.empty()) : options;
        List<Problem> problems = new ArrayList<>();
        TrunkSpec.Builder normalized = s.toBuilder();

        checkCarrier(o.carrier(), problems);
        normalized.name(checkName(s.name(), problems));

        AddressCheck address = SipAddress.check(s.address(), s.transport(), o.carrier());
        problems.addAll(address.problems());
        normalized.address(address.normalized());
        List<Problem> traps = new ArrayList<>();
        SipAddress.ownLiveKitWarning(address, o.carrier()).ifPresent(traps::add);

        List<NumberEntry> numbers = PhoneNumbers.parse(s.numbers(), o.defaultRegion());
        if (numbers.isEmpty()) {
            problems.add(Problem.error("numbers", Messages.get("numbers.required"),
                    Messages.get("numbers.required.hint")));
        }
        boolean e164Required = e164Required(o.carrier(), address.normalized());
        for (NumberEntry n : numbers) {
            if (n.problem() != null) {
                problems.add(e164Required ? n.problem() : callerIdAsTyped(n));
            }
            if (n.status() == NumberStatus.NOT_ASSIGNED) {
                traps.add(n.problem());
            }
        }
        normalized.numbers(PhoneNumbers.normalized(numbers));

        normalized.authUsername(s.authUsername().strip());
        problems.addAll(PasswordPolicy.check(s.authUsername(), s.authPassword(), o.carrier()));

        DestinationCountry.Checked country = DestinationCountry.check(s.destinationCountry());
        country.problem().ifPresent(problems::add);
        normalized.destinationCountry(country.normalized());

        SipHeaders.Checked headers = SipHeaders.check(s.headers(), s.authUsername(), o.carrier());
        problems.addAll(headers.problems());
        normalized.headers(headers.normalized());

        return new CheckResult(normalized.build(), problems, traps);
    }

    /**
     * Twilio and Telnyx refuse a caller ID that is not a phone number of the account (E.164); another SIP provider,
     * a PBX above all, may well take an extension such as 1001, so there it is only unusual.
     */
    private static boolean e164Required(Optional<Carrier> chosen, String address) {
        Carrier c = chosen.or(() -> SipAddress.carrierOf(address)).orElse(Carrier.OTHER);
        return c != Carrier.OTHER;
    }

    /** An unreadable entry's error, as a warning that says why it may still be right (it is sent as typed). */
    private static Problem callerIdAsTyped(NumberEntry n) {
        Problem p = n.problem();
        if (n.status() != NumberStatus.INVALID || !p.isError() || !p.field().startsWith("numbers[")) {
            return p;
        }
        return Problem.warning(p.field(), Messages.get("numbers.notE164", Text.abbreviate(n.raw())),
                Messages.get("numbers.notE164.hint"));
    }

    private static void checkCarrier(Optional<Carrier> carrier, List<Problem> problems) {
        if (carrier.orElse(Carrier.OTHER) == Carrier.LIVEKIT) {
            problems.add(Problem.error("carrier", Messages.get("carrier.liveKitInboundOnly"),
                    Messages.get("carrier.liveKitInboundOnly.hint")));
        }
    }

    private static String checkName(String typed, List<Problem> problems) {
        String name = typed.strip();
        if (name.isEmpty()) {
            problems.add(Problem.error("name", Messages.get("name.required"), Messages.get("name.required.hint")));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(Problem.error("name", Messages.get("name.long", MAX_NAME), Messages.get("name.long.hint")));
        } else if (Text.hasControl(name)) {
            problems.add(Problem.error("name", Messages.get("name.control"), Messages.get("name.control.hint")));
        }
        return name;
    }
}
