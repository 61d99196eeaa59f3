package org.trunkwizard.carriers;

import java.util.Locale;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * Builds the outbound address for Twilio Elastic SIP Trunking from what the user has at hand: the trunk's
 * Termination SIP URI prefix ({@code acme}), the full host, or the URI as the console shows it
 * ({@code sip:acme.pstn.twilio.com}). Edge locations ({@code acme.pstn.ashburn.twilio.com}) are kept.
 */
public final class TwilioAddress {

    static final String DOMAIN = ".pstn.twilio.com";
    private static final String FIELD = "address";

    private TwilioAddress() {
    }

    /** The host to send ({@code acme.pstn.twilio.com}, plus {@code :port} when one other than 5060 was typed). */
    public static Parsed<String> fromInput(String text) {
        if (text == null || text.isBlank()) {
            return fail("carriers.twilio.address.required", "");
        }
        if (HostText.isWebUrl(text)) {
            return fail("carriers.twilio.address.notTwilio", text.strip());
        }
        HostText.HostPort hp = HostText.split(text);
        String host = hp.host();
        String port = hp.port().isEmpty() || hp.port().equals("5060") ? "" : ":" + hp.port();
        if (!hp.port().isEmpty() && !hp.port().matches("\\d{1,5}")) {
            return fail("carriers.twilio.address.notTwilio", text.strip());
        }
        if (!host.contains(".")) {
            return HostText.isLabel(host) ? Parsed.ok(host + DOMAIN + port)
                    : fail("carriers.twilio.address.badPrefix", suggestPrefix(text));
        }
        if (isTerminationHost(host)) {
            return Parsed.ok(host + port);
        }
        if (host.endsWith(".sip.twilio.com")) {
            // A Programmable Voice SIP Domain: it cannot carry outbound trunk calls.
            return fail("carriers.twilio.address.sipDomain", host);
        }
        return fail("carriers.twilio.address.notTwilio", host);
    }

    /** True for {@code <prefix>.pstn.twilio.com} and {@code <prefix>.pstn.<edge>.twilio.com}. */
    public static boolean isTerminationHost(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return h.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.pstn\\.(?:[a-z0-9-]+\\.)?twilio\\.com");
    }

    /** The Termination SIP URI prefix the Twilio Console asks for: {@code acme} of {@code acme.pstn.twilio.com}. */
    public static String prefixOf(String host) {
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }

    /** "Acme Corp!" becomes "acme-corp": letters, digits and single hyphens. */
    static String suggestPrefix(String typed) {
        String s = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "my-trunk" : s;
    }

    private static Parsed<String> fail(String key, String arg) {
        return Parsed.failed(Problem.error(FIELD, Messages.get(key, arg),
                Messages.get("carriers.twilio.address.hint")));
    }
}
