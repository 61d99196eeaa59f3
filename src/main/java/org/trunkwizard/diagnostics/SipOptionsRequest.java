package org.trunkwizard.diagnostics;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.trunkwizard.trunk.Transport;

/** An RFC 3261 OPTIONS request: the cheapest question a SIP server must answer, with no call set up. */
public final class SipOptionsRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String callId;
    private final String text;

    /**
     * @param transport UDP, TCP or TLS: named in the Via so the answer comes back the same way
     * @param host      the server's name as typed: the Request-URI, so a server hosting several names knows which
     * @param port      the server's port
     * @param localHost this end's address, for Via, From and Contact
     * @param localPort this end's port
     */
    public SipOptionsRequest(Transport transport, String host, int port, String localHost, int localPort) {
        String proto = transport.name();
        String uriHost = host.contains(":") ? "[" + host + "]" : host;
        String local = localHost.contains(":") ? "[" + localHost + "]" : localHost;
        String param = transport == Transport.UDP ? "" : ";transport=" + proto.toLowerCase(Locale.ROOT);
        callId = random(12) + "@trunkwizard";
        text = "OPTIONS sip:" + uriHost + ":" + port + param + " SIP/2.0\r\n"
                // z9hG4bK marks an RFC 3261 branch; rport asks a server behind NAT to answer where we sent from.
                + "Via: SIP/2.0/" + proto + " " + local + ":" + localPort + ";branch=z9hG4bK" + random(8) + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:trunkwizard@" + local + ">;tag=" + random(6) + "\r\n"
                + "To: <sip:" + uriHost + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Contact: <sip:trunkwizard@" + local + ":" + localPort + param + ">\r\n"
                + "Accept: application/sdp\r\n"
                + "User-Agent: Trunk Wizard\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    public String callId() {
        return callId;
    }

    public String text() {
        return text;
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
