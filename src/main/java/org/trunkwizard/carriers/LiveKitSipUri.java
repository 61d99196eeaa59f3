package org.trunkwizard.carriers;

import java.util.Locale;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * The project's own SIP URI, {@code sip:<id>.sip.livekit.cloud}: where a carrier sends calls INTO LiveKit.
 * Comes from the project ID ({@code p_abc123} gives {@code abc123}); it cannot be derived from the wss:// URL.
 * It is never the outbound trunk's address (that is the carrier's host).
 *
 * @param subdomain the project ID without {@code p_}, lower case
 */
public record LiveKitSipUri(String subdomain) {

    /** The field name problems carry, as the window and the CLI's --json name this input. */
    public static final String FIELD = "livekit_sip_uri";
    static final String DOMAIN = ".sip.livekit.cloud";

    public LiveKitSipUri {
        if (subdomain == null || !HostText.isLabel(subdomain)) {
            throw new IllegalArgumentException("not a project subdomain");
        }
    }

    /** The SIP endpoint, e.g. {@code abc123.sip.livekit.cloud} (Telnyx's FQDN field). */
    public String host() {
        return subdomain + DOMAIN;
    }

    /** e.g. {@code sip:abc123.sip.livekit.cloud} (Twilio's Origination SIP URI). */
    public String sipUri() {
        return "sip:" + host();
    }

    public String projectId() {
        return "p_" + subdomain;
    }

    /**
     * Accepts {@code sip:abc.sip.livekit.cloud}, {@code abc.sip.livekit.cloud} (with or without a port) and the
     * project ID {@code p_abc}. Refuses web URLs and other hosts with an explanation of where the value is found.
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
            return HostText.isLabel(id) ? Parsed.ok(new LiveKitSipUri(id)) : fail("carriers.sipUri.badProjectId");
        }
        String host = HostText.split(trimmed).host();
        if (host.endsWith(DOMAIN)) {
            String sub = host.substring(0, host.length() - DOMAIN.length());
            return HostText.isLabel(sub) ? Parsed.ok(new LiveKitSipUri(sub)) : fail("carriers.sipUri.badHost");
        }
        if (host.equals("livekit.cloud") || host.endsWith(".livekit.cloud")) {
            // The guide's sip:your-project.livekit.cloud: the project's web host with sip: in front.
            return fail("carriers.sipUri.projectHost");
        }
        if (host.endsWith("twilio.com") || host.contains("telnyx.")) {
            return fail("carriers.sipUri.carrierHost");
        }
        return fail("carriers.sipUri.badHost");
    }

    private static Parsed<LiveKitSipUri> fail(String key) {
        return Parsed.failed(Problem.error(FIELD, Messages.get(key), Messages.get("carriers.sipUri.hint")));
    }
}
