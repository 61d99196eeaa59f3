package org.trunkwizard.carriers.twilio;

import java.util.Optional;
import okhttp3.HttpUrl;
import org.trunkwizard.carriers.http.CarrierHttp;

/**
 * Twilio's API hosts. One override ({@value #OVERRIDE_ENV}, scheme and host only) replaces all of them so tests,
 * proxies and checks reach one local server with the paths unchanged.
 */
public record TwilioHosts(HttpUrl api, HttpUrl trunking, HttpUrl voice) {

    public static final String OVERRIDE_ENV = "TRUNKWIZARD_TWILIO_API_BASE";

    public static final TwilioHosts REAL = new TwilioHosts(HttpUrl.get("https://api.twilio.com/"),
            HttpUrl.get("https://trunking.twilio.com/"), HttpUrl.get("https://voice.twilio.com/"));

    /**
     * The hosts for an optional override; empty when the override is not an http(s) base, or is plain http to
     * anything but this computer (the Basic auth header would cross the network in clear).
     */
    public static Optional<TwilioHosts> resolve(Optional<String> override) {
        if (override.isEmpty()) {
            return Optional.of(REAL);
        }
        return CarrierHttp.base(override, REAL.api()).map(base -> new TwilioHosts(base, base, base));
    }
}
