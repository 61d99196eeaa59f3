package org.trunkwizard.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * One trunk, whatever happens between asking and answering: Stop (which must really cancel the HTTP call), Stop then
 * Retry, a create that lands after the client gave up, a twin made at the same moment elsewhere. Runs of the CLI in
 * separate processes: cli.ConcurrentCreateProcessesTest.
 */
class CreateOnceTest {

    static final String CREATE = "CreateSIPOutboundTrunk";

    @TempDir
    Path state;
    LiveKitTestServer server;

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    SipApi api(Timeouts timeouts) throws ApiException {
        return new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), timeouts, state);
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Starts a create on its own thread, as the window's task does; returns the thread once LiveKit has it. */
    Thread createInBackground(SipApi api, AtomicReference<Throwable> failure) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                api.createTrunk(SipApiTest.acme());
            } catch (ApiException | RuntimeException e) {
                failure.set(e);
            }
        }, "create");
        t.start();
        waitUntil(() -> server.received(CREATE).size() == 1, "the create reached the server");
        return t;
    }

    @Test
    void stopDuringCreateCancelsTheHttpCall() throws Exception {
        server.failNext(Fault.slow(Duration.ofSeconds(20)).on(CREATE));
        SipApi api = api(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread create = createInBackground(api, failure);

        create.interrupt();
        create.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(create.isAlive(), "Stop must end the HTTP call, not only the wait for it");
        assertTrue(failure.get() instanceof ApiException, String.valueOf(failure.get()));
    }

    @Test
    void stopThenRetryOnTheSameServiceMakesOneTrunk() throws Exception {
        // The create LiveKit received before Stop is handled later: the trunk lands while Retry runs.
        server.failNext(Fault.slow(Duration.ofMillis(1500)).on(CREATE));
        SipApi api = api(SipApiTest.SHORT);
        Thread create = createInBackground(api, new AtomicReference<>());
        create.interrupt();
        create.join(TimeUnit.SECONDS.toMillis(10));

        CreateOutcome retry = api.createTrunk(SipApiTest.acme());

        assertTrue(retry.alreadyExisted(), "Retry adopted the trunk the stopped create made");
        assertEquals(1, server.received(CREATE).size(), "Retry sent no second create");
        assertEquals(1, server.trunks().size());
    }

    @Test
    void aCreateThatLandsAfterTheTimeoutIsAdoptedByTheNextRun() throws Exception {
        server.failNext(Fault.slow(Duration.ofMillis(2500)).on(CREATE));
        ApiException timeout = assertThrows(ApiException.class, () -> api(SipApiTest.SHORT).createTrunk(acme()));
        assertTrue(timeout.retryable(), "exit 3");

        // A new run: another SipApi (another process would be the same), the same config folder.
        CreateOutcome rerun = api(SipApiTest.SHORT).createTrunk(acme());

        assertTrue(rerun.alreadyExisted());
        assertEquals(1, server.received(CREATE).size());
        assertEquals(1, server.trunks().size());
        try (Stream<Path> files = Files.list(state.resolve("creates"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".pending")), "the outcome is known now");
        }
    }

    @Test
    void thePendingMarkerHoldsNoSecret() throws Exception {
        server.failNext(Fault.drop().on(CREATE));
        assertThrows(ApiException.class, () -> api(SipApiTest.SHORT).createTrunk(acme()));
        try (Stream<Path> files = Files.walk(state)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p);
                assertFalse(text.contains(SipApiTest.PASSWORD), p + " holds the trunk password");
                assertFalse(text.contains(server.apiSecret()), p + " holds the API secret");
            }
        }
    }

    @Test
    void aTwinMadeMeanwhileIsReported() throws Exception {
        server.failNext(Fault.slow(Duration.ofMillis(1500)).on(CREATE));
        SipApi api = api(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10)));
        AtomicReference<CreateOutcome> outcome = new AtomicReference<>();
        Thread create = new Thread(() -> {
            try {
                outcome.set(api.createTrunk(acme()));
            } catch (ApiException e) {
                throw new AssertionError(e);
            }
        });
        create.start();
        waitUntil(() -> server.received(CREATE).size() == 1, "the create reached the server");
        // Another computer's create of the same trunk, landing between this run's list and its create.
        String twin = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setName(acme().name())
                .setAddress(acme().address()).addNumbers("+15551234567").build());
        create.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(outcome.get().alreadyExisted());
        assertEquals(java.util.List.of(twin), outcome.get().twins());
    }

    @Test
    void stopOnATestCallEndsTheCallWithLiveKit() throws Exception {
        SipApi api = api(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30)));
        String trunk = api.createTrunk(acme()).trunk().trunkId();
        // LiveKit is dialling: it answers once the callee picks up, which is not going to happen.
        server.failNext(Fault.slowAfterHandling(Duration.ofSeconds(20)).on("CreateSIPParticipant"));
        AtomicReference<Throwable> stopped = new AtomicReference<>();
        Thread call = new Thread(() -> {
            try {
                api.placeTestCall(new TestCall(trunk, "+15557654321", "test-call-room"));
            } catch (Throwable t) {
                stopped.set(t);
            }
        });
        call.start();
        waitUntil(() -> server.calls().size() == 1, "the call is ringing");

        call.interrupt();
        call.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(call.isAlive(), "Stop ended the HTTP call");
        assertTrue(stopped.get() instanceof ApiException, "Stop ends as a stopped call, not a crash: " + stopped.get());
        assertEquals(java.util.List.of("test-call-room"), server.deletedRooms(), "the call's room was deleted");
        assertTrue(server.calls().isEmpty(), "no call left ringing");
    }

    static TrunkSpec acme() {
        return SipApiTest.acme();
    }
}
