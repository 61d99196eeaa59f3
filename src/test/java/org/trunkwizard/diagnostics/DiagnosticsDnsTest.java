package org.trunkwizard.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.trunk.Transport;

/** The name step against a real DNS server (dnsmasq on loopback) with A, SRV and NAPTR records. */
class DiagnosticsDnsTest {

    @TempDir
    static Path dir;
    private static Sipp udp;
    private static Sipp tcp;
    private static Dnsmasq dns;

    @BeforeAll
    static void startServers() throws Exception {
        udp = Sipp.start("options-200.xml", false, Files.createDirectories(dir.resolve("udp")));
        tcp = Sipp.start("options-407.xml", true, Files.createDirectories(dir.resolve("tcp")));
        dns = Dnsmasq.start(dir, List.of(
                "--host-record=sip.test,127.0.0.1",
                // srv.test has no address of its own: only its SIP service records lead to the server.
                "--srv-host=_sip._udp.srv.test,sip.test," + udp.port() + ",10,10",
                "--srv-host=_sip._tcp.srv.test,sip.test," + tcp.port() + ",10,10",
                "--naptr-record=srv.test,10,10,S,SIP+D2U,,_sip._udp.srv.test",
                "--txt-record=noaddress.test,exists but has no address"));
    }

    @AfterAll
    static void stopServers() throws InterruptedException {
        for (AutoCloseable s : new AutoCloseable[] {udp, tcp, dns}) {
            try {
                if (s != null) {
                    s.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Diagnosis run(String address, Transport transport) {
        return new ReachabilityCheck(dns.lookup(), TlsHandshake.system())
                .run(address, transport, Progress.NONE, new Cancellation());
    }

    @Test
    void dnsjavaReadsSrvAndNaptrRecords() throws Exception {
        ResolvedName name = dns.lookup().resolve("srv.test", Duration.ofSeconds(2));
        assertTrue(name.exists());
        assertTrue(name.addresses().isEmpty());
        assertEquals(List.of(new ServiceRecord("_sip._udp", "sip.test", udp.port(), 10, 10),
                new ServiceRecord("_sip._tcp", "sip.test", tcp.port(), 10, 10)), name.services());
        assertEquals(List.of("SIP+D2U -> _sip._udp.srv.test"), name.naptr());
        assertEquals("127.0.0.1", name.targets().get("sip.test").get(0).getHostAddress());
    }

    @Test
    void theUdpServiceRecordLeadsToTheServer() {
        Diagnosis d = run("srv.test", Transport.UDP);
        assertEquals(OptionalInt.of(200), d.sipStatus());
        assertEquals(List.of(Step.DNS, Step.SIP), d.steps().stream().map(StepResult::step).toList());
        String dnsDetail = d.steps().get(0).detail();
        assertTrue(dnsDetail.contains("_sip._udp -> sip.test:" + udp.port()), dnsDetail);
        assertTrue(dnsDetail.contains("SIP+D2U"), dnsDetail);
    }

    @Test
    void theTcpServiceRecordIsUsedForTcp() {
        Diagnosis d = run("sip:srv.test", Transport.TCP);
        assertEquals(OptionalInt.of(407), d.sipStatus());
        assertEquals(List.of(Step.DNS, Step.TCP, Step.SIP), d.steps().stream().map(StepResult::step).toList());
    }

    @Test
    void aPortGivenWinsOverServiceRecords() {
        Diagnosis d = run("sip.test:" + udp.port(), Transport.UDP);
        assertEquals(OptionalInt.of(200), d.sipStatus());
        assertTrue(d.steps().get(0).detail().contains("127.0.0.1"), d.steps().get(0).detail());
    }

    @Test
    void aNameThatDoesNotExistStopsTheCheck() {
        Diagnosis d = run("nope.test", Transport.AUTO);
        assertFalse(d.answered());
        assertEquals(List.of(Step.DNS), d.steps().stream().map(StepResult::step).toList());
        assertEquals("The name nope.test does not exist.", d.verdict().message());
    }

    @Test
    void aDnsServerThatDoesNotAnswerIsNamed() throws Exception {
        try (java.net.DatagramSocket silent = new java.net.DatagramSocket(0,
                java.net.InetAddress.getByName(LocalPorts.LOOPBACK))) {
            DnsLookup mute = DnsLookup.server(new java.net.InetSocketAddress(LocalPorts.LOOPBACK,
                    silent.getLocalPort()));
            Diagnosis d = new ReachabilityCheck(mute, TlsHandshake.system())
                    .run("sip.test", Transport.AUTO, Progress.NONE, new Cancellation());
            assertFalse(d.answered());
            assertEquals(List.of(Step.DNS), d.steps().stream().map(StepResult::step).toList());
            assertEquals("DNS did not answer for sip.test.", d.verdict().message());
        }
    }

    @Test
    void aNameWithoutAddressIsNamed() {
        Diagnosis d = run("noaddress.test", Transport.AUTO);
        assertFalse(d.answered());
        assertEquals("The name noaddress.test exists but leads to no address.", d.verdict().message());
    }
}
