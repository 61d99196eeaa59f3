package org.trunkwizard.carriers;

import java.util.Locale;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * The project's own SIP address: where a carrier sends calls INTO LiveKit. On LiveKit Cloud it is
 * {@code sip:<id>.sip.livekit.cloud} and comes from the project ID ({@code p_abc123} gives {@code abc123}; it
 * cannot be derived from the wss:// URL); on LiveKit on Telnyx it is {@code <region>.sip.livekit-telnyx.com}; a
 * self-hosted SIP service has whatever host its owner gave it. It is never the outbound trunk's address.
 *
 * @param host the SIP host, lower case, with {@code :port} when a port other than 5060 was given
 */
public record LiveKitSipUri(String host) {

    /** The field name problems carry, as the window and the CLI's --json name this input. */
    public static final String FIELD = "livekit_sip_uri";
    static final String DOMAIN = ".sip.livekit.cloud";
    private static final String DEFAULT_PORT = "5060";

    public LiveKitSipUri {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("no SIP host");
        }
    }

    /** e.g. {@code sip:abc123.sip.livekit.cloud} (Twilio's Origination SIP URI). */
    public String sipUri() {
        return "sip:" + host;
    }

    /**
     * Accepts {@code sip:abc.sip.livekit.cloud}, {@code abc.sip.livekit.cloud} (with or without a port), the
     * project ID {@code p_abc} and any other SIP host. Refuses web URLs, the project's web host with {@code sip:}
     * in front (the guide's mistake) and a carrier's host, each with an explanation of where the value is found.
     */
    public static Parsed<LiveKitSipUri> parse(String text) {
        if (text == null || text.isBlank()) {
            return fail("carriers.sipUri.required");
        }
        String trimmed = text.strip();
        if (HostText.isWebUrl(trimmed)) {
            return fail("carriers.sipUri.webUrl");
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p_")) {
            String id = lower.substring(2);
            return HostText.isLabel(id) ? Parsed.ok(new LiveKitSipUri(id + DOMAIN))
                    : fail("carriers.sipUri.badProjectId");
        }
        HostText.HostPort hp = HostText.split(trimmed);
        String host = hp.host();
        if (host.endsWith(DOMAIN)) {
            String sub = host.substring(0, host.length() - DOMAIN.length());
            return HostText.isLabel(sub) ? Parsed.ok(new LiveKitSipUri(host)) : fail("carriers.sipUri.badHost");
        }
        if (host.equals("livekit.cloud") || host.endsWith(".livekit.cloud")) {
            // The guide's sip:your-project.livekit.cloud: the project's web host with sip: in front.
            return fail("carriers.sipUri.projectHost");
        }
        if (host.endsWith("twilio.com") || host.matches("(?:.*\\.)?telnyx\\.[a-z.]+")) {
            return fail("carriers.sipUri.carrierHost");
        }
        if (!isHost(host) || !hp.port().isEmpty() && !isPort(hp.port())) {
            return fail("carriers.sipUri.badHost");
        }
        boolean keepPort = !hp.port().isEmpty() && !hp.port().equals(DEFAULT_PORT);
        return Parsed.ok(new LiveKitSipUri(keepPort ? host + ":" + hp.port() : host));
    }

    private static boolean isHost(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HostText.isLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPort(String port) {
        return port.matches("\\d{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
    }

    private static Parsed<LiveKitSipUri> fail(String key) {
        return Parsed.failed(Problem.error(FIELD, Messages.get(key), Messages.get("carriers.sipUri.hint")));
    }
}
