package org.trunkwizard.carriers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;

/** Telnyx's SIP proxies (Telnyx "SIP Signaling Addresses"); the region affects signalling only. */
public enum TelnyxRegion {
    US("sip.telnyx.com"),
    EUROPE("sip.telnyx.eu"),
    AUSTRALIA("sip.telnyx.com.au"),
    CANADA("sip.telnyx.ca"),
    ASIA("sip.telnyx.asia");

    private static final String LABEL_KEY = "carriers.telnyx.region.";

    private final String host;

    TelnyxRegion(String host) {
        this.host = host;
    }

    public String host() {
        return host;
    }

    /** For a picker: "Europe (sip.telnyx.eu)". */
    public String label() {
        return Messages.get(LABEL_KEY + name(), host);
    }

    public static TelnyxRegion defaultRegion() {
        return US;
    }

    public static Optional<TelnyxRegion> ofHost(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String h = HostText.split(address).host().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.host.equals(h)).findFirst();
    }
}
