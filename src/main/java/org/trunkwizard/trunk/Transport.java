package org.trunkwizard.trunk;

import java.util.Locale;
import java.util.Optional;

/** How SIP signalling travels to the carrier. Order and numbers match LiveKit's SIPTransport enum. */
public enum Transport {
    AUTO, UDP, TCP, TLS;

    /** Number on the wire (SIPTransport). */
    public int wireNumber() {
        return ordinal();
    }

    /** The lk JSON enum name, e.g. {@code SIP_TRANSPORT_TCP}. */
    public String protoName() {
        return "SIP_TRANSPORT_" + name();
    }

    /** Accepts what people write: "tcp", "TCP", "SIP_TRANSPORT_TCP", "Auto", "2". */
    public static Optional<Transport> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (t.startsWith("SIP_TRANSPORT_")) {
            t = t.substring("SIP_TRANSPORT_".length());
        }
        if (t.isEmpty()) {
            return Optional.of(AUTO);
        }
        for (Transport v : values()) {
            if (v.name().equals(t) || Integer.toString(v.ordinal()).equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
