package org.trunkwizard.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.trunk.Transport;

/**
 * The certificate step against the JDK's TLS server (SIPp in Debian has no TLS) with certificates made by keytool:
 * valid, expired, for another name, and self-signed without a trusted authority; and SIP over TLS to SIPp through
 * that server.
 */
class DiagnosticsTlsTest {

    @TempDir
    static Path dir;
    private static TestCertificate valid;
    private static TestCertificate expired;
    private static TestCertificate otherName;
    private static TlsListener validServer;
    private static TlsListener expiredServer;
    private static TlsListener otherNameServer;
    private static Sipp sipp;
    private static TlsListener sipOverTls;

    @BeforeAll
    static void start() throws Exception {
        valid = TestCertificate.make(dir, "valid", "ip:127.0.0.1", "", 30);
        expired = TestCertificate.make(dir, "expired", "ip:127.0.0.1", "-10d", 2);
        otherName = TestCertificate.make(dir, "other", "dns:other.test", "", 30);
        validServer = new TlsListener(valid);
        expiredServer = new TlsListener(expired);
        otherNameServer = new TlsListener(otherName);
        sipp = Sipp.start("options-407.xml", true, java.nio.file.Files.createDirectories(dir.resolve("sipp")));
        sipOverTls = new TlsListener(valid, sipp.port());
    }

    @AfterAll
    static void stop() throws Exception {
        for (TlsListener l : new TlsListener[] {validServer, expiredServer, otherNameServer, sipOverTls}) {
            if (l != null) {
                l.close();
            }
        }
        if (sipp != null) {
            sipp.close();
        }
    }

    private static Diagnosis run(String address, X509ExtendedTrustManager trust) {
        return new ReachabilityCheck(DnsLookup.system(), new TlsHandshake(trust))
                .run(address, Transport.TLS, Progress.NONE, new Cancellation());
    }

    private static StepResult tlsStep(Diagnosis d) {
        return d.steps().stream().filter(s -> s.step() == Step.TLS).findFirst().orElseThrow();
    }

    @Test
    void aValidTrustedCertificatePassesAndTheSipStepFollows() throws Exception {
        Diagnosis d = run(validServer.address(), valid.trust());
        assertTrue(tlsStep(d).ok(), tlsStep(d).detail());
        assertEquals(List.of(Step.TCP, Step.TLS, Step.SIP), d.steps().stream().map(StepResult::step).toList());
        // The listener hangs up instead of answering SIP.
        assertFalse(d.answered());
        assertTrue(d.verdict().message().contains("is not a SIP server"), d.verdict().message());
    }

    @Test
    void sipOverTlsReachesTheSipServer() throws Exception {
        Diagnosis d = run(sipOverTls.address(), valid.trust());
        assertEquals(java.util.OptionalInt.of(407), d.sipStatus());
        assertEquals(List.of(Step.TCP, Step.TLS, Step.SIP), d.steps().stream().map(StepResult::step).toList());
        assertTrue(d.steps().stream().allMatch(StepResult::ok));
    }

    @Test
    void anExpiredCertificateIsNamed() throws Exception {
        Diagnosis d = run(expiredServer.address(), expired.trust());
        assertFalse(tlsStep(d).ok());
        assertTrue(tlsStep(d).detail().contains("expired on"), tlsStep(d).detail());
        assertTrue(d.verdict().message().contains("expired"), d.verdict().message());
        assertEquals(List.of(Step.TCP, Step.TLS), d.steps().stream().map(StepResult::step).toList());
    }

    @Test
    void aCertificateForAnotherNameIsNamed() throws Exception {
        Diagnosis d = run(otherNameServer.address(), otherName.trust());
        assertTrue(tlsStep(d).detail().contains("not for 127.0.0.1; it names other.test"), tlsStep(d).detail());
        assertTrue(d.verdict().message().contains("for another name"), d.verdict().message());
    }

    @Test
    void aSelfSignedCertificateIsNotTrustedByThisComputer() {
        Diagnosis d = new ReachabilityCheck(DnsLookup.system(), TlsHandshake.system())
                .run(validServer.address(), Transport.TLS, Progress.NONE, new Cancellation());
        assertTrue(tlsStep(d).detail().contains("self-signed"), tlsStep(d).detail());
        assertTrue(d.verdict().message().contains("not signed by a known authority"), d.verdict().message());
    }
}
