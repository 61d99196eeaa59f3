package org.trunkwizard.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.trunkwizard.trunk.Transport;

/** The OPTIONS request as RFC 3261 wants it, the status line parsed, and every outcome put into words. */
class DiagnosticsSipMessageTest {

    @Test
    void theRequestCarriesWhatRfc3261Requires() {
        SipOptionsRequest r = new SipOptionsRequest(Transport.TCP, "sip.example.com", 5060, "192.0.2.7", 40000);
        List<String> lines = Arrays.asList(r.text().split("\r\n", -1));
        assertEquals("OPTIONS sip:sip.example.com:5060;transport=tcp SIP/2.0", lines.get(0));
        assertTrue(lines.get(1).matches("Via: SIP/2\\.0/TCP 192\\.0\\.2\\.7:40000;branch=z9hG4bK[0-9a-f]+;rport"),
                lines.get(1));
        assertTrue(lines.contains("Max-Forwards: 70"));
        assertTrue(lines.stream().anyMatch(l -> l.matches("From: <sip:trunkwizard@192\\.0\\.2\\.7>;tag=[0-9a-f]+")));
        assertTrue(lines.contains("Call-ID: " + r.callId()));
        assertTrue(lines.contains("CSeq: 1 OPTIONS"));
        assertTrue(r.text().endsWith("Content-Length: 0\r\n\r\n"));
    }

    @Test
    void eachRequestIsNew() {
        SipOptionsRequest a = new SipOptionsRequest(Transport.UDP, "h", 5060, "127.0.0.1", 1);
        SipOptionsRequest b = new SipOptionsRequest(Transport.UDP, "h", 5060, "127.0.0.1", 1);
        assertFalse(a.callId().equals(b.callId()));
        assertFalse(a.text().contains(";transport="));
    }

    @Test
    void anIpv6HostIsBracketed() {
        SipOptionsRequest r = new SipOptionsRequest(Transport.TLS, "2001:db8::1", 5061, "::1", 5);
        assertTrue(r.text().startsWith("OPTIONS sip:[2001:db8::1]:5061;transport=tls SIP/2.0\r\n"), r.text());
        assertTrue(r.text().contains("Via: SIP/2.0/TLS [::1]:5;"), r.text());
    }

    @Test
    void responsesAreParsedWithCompactHeaders() {
        SipResponse r = SipResponse.parse("SIP/2.0 407 Proxy Authentication Required\r\ni: abc@x\r\nl: 12").orElseThrow();
        assertEquals(407, r.status());
        assertEquals("407 Proxy Authentication Required", r.statusLine());
        assertEquals("abc@x", r.callId());
        assertEquals(12, r.contentLength());
        assertTrue(SipResponse.parse("SIP/2.0 100 Trying").orElseThrow().provisional());
    }

    @Test
    void whatIsNotASipResponseIsRefused() {
        assertEquals(Optional.empty(), SipResponse.parse("HTTP/1.1 200 OK\r\n"));
        assertEquals(Optional.empty(), SipResponse.parse("SIP/2.0 2000 OK"));
        assertEquals(Optional.empty(), SipResponse.parse("OPTIONS sip:x SIP/2.0"));
    }

    @Test
    void everyOutcomeHasASentenceAndAFix() {
        for (Outcome o : Outcome.values()) {
            var p = Verdicts.of(o, "sip.example.com:5060 over UDP", "200 OK");
            assertFalse(p.message().startsWith("!"), o + ": " + p.message());
            assertFalse(p.hint().isBlank() || p.hint().startsWith("!"), o + ": " + p.hint());
            assertEquals(!o.answered(), p.isError(), o.name());
        }
    }

    @Test
    void statusCodesMapAsTheIssueSays() {
        assertEquals(Outcome.ANSWERED, Outcome.ofStatus(200));
        for (int s : new int[] {401, 403, 407}) {
            assertEquals(Outcome.ANSWERED_WANTS_AUTH, Outcome.ofStatus(s));
        }
        for (int s : new int[] {404, 405, 501}) {
            assertEquals(Outcome.ANSWERED_NO_OPTIONS, Outcome.ofStatus(s));
        }
        assertEquals(Outcome.ANSWERED_OTHER, Outcome.ofStatus(486));
    }

    @Test
    void addressesSplitIntoHostAndPort() {
        assertEquals(new SipTarget("sip.example.com", OptionalInt.of(5070)), SipTarget.parse("sip.example.com:5070"));
        assertEquals(new SipTarget("2001:db8::1", OptionalInt.of(5061)), SipTarget.parse("[2001:db8::1]:5061"));
        assertEquals(new SipTarget("2001:db8::1", OptionalInt.empty()), SipTarget.parse("[2001:db8::1]"));
        assertTrue(SipTarget.parse("192.0.2.1").isIpLiteral());
        assertFalse(SipTarget.parse("sip.example.com").isIpLiteral());
    }
}
