package org.trunkwizard.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Transport;

/** The SIP step against real SIP servers: SIPp on loopback answering OPTIONS with 200, 407 and 405. */
class DiagnosticsSipTest {

    @TempDir
    static Path dir;
    private static Sipp udp200;
    private static Sipp udp407;
    private static Sipp tcp200;
    private static Sipp tcp405;

    private final ReachabilityCheck check = new ReachabilityCheck(DnsLookup.system(), TlsHandshake.system());

    @BeforeAll
    static void startServers() throws Exception {
        udp200 = Sipp.start("options-200.xml", false, Files.createDirectories(dir.resolve("u200")));
        udp407 = Sipp.start("options-407.xml", false, Files.createDirectories(dir.resolve("u407")));
        tcp200 = Sipp.start("options-200.xml", true, Files.createDirectories(dir.resolve("t200")));
        tcp405 = Sipp.start("options-405.xml", true, Files.createDirectories(dir.resolve("t405")));
    }

    @AfterAll
    static void stopServers() throws InterruptedException {
        for (Sipp s : new Sipp[] {udp200, udp407, tcp200, tcp405}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private Diagnosis run(String address, Transport transport) {
        return check.run(address, transport, Progress.NONE, new Cancellation());
    }

    @Test
    void aServerAnswering200OverUdpIsReachable() {
        Diagnosis d = run(udp200.address(), Transport.UDP);
        assertEquals(OptionalInt.of(200), d.sipStatus());
        assertTrue(d.answered());
        assertFalse(d.verdict().isError());
        assertEquals(Messages.get("diagnose.verdict.answered.message", "", "200 OK"), d.verdict().message());
        // An IP address has no name to look up: the DNS step is skipped.
        assertEquals(List.of(Step.SIP), d.steps().stream().map(StepResult::step).toList());
    }

    @Test
    void a407IsAnAnswerThatWantsAuthentication() {
        Diagnosis d = run(udp407.address(), Transport.UDP);
        assertEquals(OptionalInt.of(407), d.sipStatus());
        assertTrue(d.verdict().message().contains("wants authentication"), d.verdict().message());
        assertTrue(d.verdict().hint().contains("normal for carriers"), d.verdict().hint());
    }

    @Test
    void a405OverTcpIsAServerThatDoesNotDoOptions() {
        Diagnosis d = run(tcp405.address(), Transport.TCP);
        assertEquals(OptionalInt.of(405), d.sipStatus());
        assertEquals(List.of(Step.TCP, Step.SIP), d.steps().stream().map(StepResult::step).toList());
        assertTrue(d.steps().stream().allMatch(StepResult::ok));
        assertTrue(d.verdict().message().contains("does not take OPTIONS"), d.verdict().message());
    }

    @Test
    void autoTriesUdpThenTcpAsLiveKitWould() {
        // tcp200 listens on TCP only: its UDP port answers with ICMP port unreachable.
        Diagnosis d = run(tcp200.address(), Transport.AUTO);
        assertEquals(OptionalInt.of(200), d.sipStatus());
        List<StepResult> steps = d.steps();
        assertEquals(List.of(Step.SIP, Step.TCP, Step.SIP), steps.stream().map(StepResult::step).toList());
        assertFalse(steps.get(0).ok());
        assertTrue(steps.get(0).detail().contains("UDP"), steps.get(0).detail());
        assertTrue(steps.get(2).detail().contains("TCP"), steps.get(2).detail());
    }

    @Test
    void aPortWhereNothingListensIsNamed() {
        int port = LocalPorts.free();
        Diagnosis tcp = run(LocalPorts.LOOPBACK + ":" + port, Transport.TCP);
        assertFalse(tcp.answered());
        assertEquals(List.of(Step.TCP), tcp.steps().stream().map(StepResult::step).toList());
        assertTrue(tcp.verdict().message().startsWith("Nothing listens"), tcp.verdict().message());
        Diagnosis udp = run(LocalPorts.LOOPBACK + ":" + port, Transport.UDP);
        assertTrue(udp.verdict().message().startsWith("Nothing listens"), udp.verdict().message());
    }

    @Test
    void aUdpPortThatDropsEverythingIsNoAnswerWithTheScopeSaid() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName(LocalPorts.LOOPBACK))) {
            List<Step> started = new CopyOnWriteArrayList<>();
            List<StepResult> finished = new CopyOnWriteArrayList<>();
            Progress progress = new Progress() {
                @Override
                public void started(Step step) {
                    started.add(step);
                }

                @Override
                public void finished(StepResult result) {
                    finished.add(result);
                }
            };
            Diagnosis d = check.run(LocalPorts.LOOPBACK + ":" + silent.getLocalPort(), Transport.UDP, progress,
                    new Cancellation());
            assertFalse(d.answered());
            assertTrue(d.verdict().isError());
            assertTrue(d.verdict().message().startsWith("No SIP answer"), d.verdict().message());
            assertTrue(d.verdict().hint().endsWith(Verdicts.scope()), d.verdict().hint());
            assertEquals(List.of(Step.SIP), started);
            assertEquals(d.steps(), finished);
        }
    }

    @Test
    void aStoppedCheckSaysSo() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName(LocalPorts.LOOPBACK))) {
            Cancellation cancel = new Cancellation();
            AtomicReference<Diagnosis> result = new AtomicReference<>();
            Thread t = new Thread(() -> result.set(check.run(LocalPorts.LOOPBACK + ":" + silent.getLocalPort(),
                    Transport.UDP, new Progress() {
                        @Override
                        public void started(Step step) {
                            cancel.cancel();
                        }
                    }, cancel)));
            t.start();
            t.join(15_000);
            assertFalse(t.isAlive());
            assertEquals(Messages.get("diagnose.verdict.stopped.message"), result.get().verdict().message());
        }
    }

    @Test
    void anInterruptedThreadStopsTheCheck() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName(LocalPorts.LOOPBACK))) {
            AtomicReference<Diagnosis> result = new AtomicReference<>();
            Thread t = new Thread(() -> result.set(check.run(LocalPorts.LOOPBACK + ":" + silent.getLocalPort(),
                    Transport.UDP, new Progress() {
                        @Override
                        public void started(Step step) {
                            Thread.currentThread().interrupt();
                        }
                    }, new Cancellation())));
            t.start();
            t.join(15_000);
            assertFalse(t.isAlive());
            assertEquals(Messages.get("diagnose.verdict.stopped.message"), result.get().verdict().message());
        }
    }

    @Test
    void aSipPortThatDoesNotSpeakTlsFailsTheHandshake() {
        Diagnosis d = run(tcp200.address(), Transport.TLS);
        assertFalse(d.answered());
        assertEquals(List.of(Step.TCP, Step.TLS), d.steps().stream().map(StepResult::step).toList());
        assertTrue(d.verdict().message().startsWith("The TLS handshake with"), d.verdict().message());
    }

    @Test
    void anAddressValidationRefusesIsNotChecked() {
        Diagnosis d = run("user@sip.example.com", Transport.UDP);
        assertTrue(d.steps().isEmpty());
        assertTrue(d.verdict().isError());
    }
}
