package org.trunkwizard.livekit;

import java.util.List;

/**
 * Who may send calls into an inbound trunk besides "calls to these numbers": the carrier's signalling addresses
 * (IPs or CIDR ranges) and/or the SIP credentials the carrier presents. LiveKit accepts a trunk with numbers alone;
 * either of these narrows it. The password never appears in {@link #toString()}.
 */
public record InboundAccess(List<String> allowedAddresses, String authUsername, String authPassword) {

    /** Numbers alone: what LiveKit's guides make for Twilio and Telnyx. */
    public static final InboundAccess NUMBERS_ONLY = new InboundAccess(List.of(), "", "");

    public InboundAccess {
        allowedAddresses = List.copyOf(allowedAddresses);
        authUsername = authUsername == null ? "" : authUsername.strip();
        authPassword = authPassword == null ? "" : authPassword;
    }

    public boolean hasCredentials() {
        return !authUsername.isEmpty();
    }

    /** The same guard as this trunk's: same addresses (any order) and the same username (the password is unreadable). */
    boolean sameAs(List<String> addresses, String username) {
        return java.util.Set.copyOf(allowedAddresses).equals(java.util.Set.copyOf(addresses))
                && authUsername.equals(username);
    }

    @Override
    public String toString() {
        return "InboundAccess[allowedAddresses=" + allowedAddresses + ", authUsername=" + authUsername
                + ", authPassword=" + (authPassword.isEmpty() ? "" : "(hidden)") + "]";
    }
}
