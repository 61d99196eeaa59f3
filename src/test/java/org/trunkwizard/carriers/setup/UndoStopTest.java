package org.trunkwizard.carriers.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.telnyx.TelnyxAccountSetup;
import org.trunkwizard.carriers.telnyx.TelnyxClient;
import org.trunkwizard.carriers.telnyx.server.TelnyxTestServer;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.carriers.twilio.TwilioAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.carriers.twilio.TwilioHosts;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/**
 * Stop during an undo, after each of its steps in turn: the undo halts right there, the record keeps what is still
 * left, and a rerun removes exactly that: every step of an uninterrupted undo happens once over the two runs, and
 * both carriers and LiveKit end with nothing this tool made.
 */
class UndoStopTest {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "9";
    static final String TOKEN = "TWILIO-TOKEN-SENTINEL-undo-5e1";
    static final String TELNYX_KEY = "KEY-TELNYX-SENTINEL-undo-7a2";
    static final String NUMBER = "+15551230077";
    static final String SIP_URI = "sip:abc123.sip.livekit.cloud";

    @TempDir
    Path folder;
    final LiveKitTestServer livekit = LiveKitTestServer.start();
    final TwilioTestServer twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
    final TelnyxTestServer telnyx = TelnyxTestServer.start(TELNYX_KEY);

    @AfterEach
    void stop() {
        twilio.close();
        telnyx.close();
        livekit.close();
    }

    TrunkService livekit() throws Exception {
        livekit.addKey("APIundoKey", "SECRET-SENTINEL-undo-0c1d");
        return new SipApi(LiveKitConnection.of(livekit.url(), "APIundoKey", "SECRET-SENTINEL-undo-0c1d"));
    }

    static SetupRequest request() {
        return new SetupRequest("Acme", List.of(NUMBER), Optional.of(SIP_URI), List.of(), false, false);
    }

    @Test
    void twilioUndoStoppedAfterEachStepIsFinishedByARerun() throws Exception {
        twilio.addNumber(NUMBER);
        TwilioClient client = new TwilioClient(TwilioAccount.fromEnv(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT,
                "TWILIO_AUTH_TOKEN", TOKEN)).orElseThrow(), TwilioHosts.resolve(Optional.of(twilio.base()))
                .orElseThrow(), Duration.ofSeconds(5), Duration.ofSeconds(10));
        CarrierAccountSetup setup = new TwilioAccountSetup(client, livekit(), folder);
        stoppedAfterEachStep(setup, () -> {
            assertEquals(0, twilio.trunkCount());
            assertEquals(0, twilio.credentialListCount());
        });
    }

    @Test
    void telnyxUndoStoppedAfterEachStepIsFinishedByARerun() throws Exception {
        telnyx.addNumber(NUMBER);
        TelnyxClient client = TelnyxClient.fromEnv(Map.of(TelnyxClient.KEY_ENV, TELNYX_KEY,
                TelnyxClient.OVERRIDE_ENV, telnyx.base()), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .orElseThrow();
        CarrierAccountSetup setup = new TelnyxAccountSetup(client, livekit(), folder, TelnyxRegion.defaultRegion());
        stoppedAfterEachStep(setup, () -> {
            assertEquals(0, telnyx.connectionCount());
            assertEquals(0, telnyx.profileCount());
            assertEquals(0, telnyx.fqdnConnectionCount());
            assertEquals("", telnyx.connectionOf(NUMBER));
        });
    }

    private void stoppedAfterEachStep(CarrierAccountSetup setup, Runnable carrierHasNothing) throws Exception {
        assertTrue(setup.apply(request(), SetupProgress.ignoring()).bothSidesMatch());
        List<SetupStep> whole = new ArrayList<>();
        setup.undo("Acme", whole::add);
        int steps = whole.size();
        assertTrue(steps >= 3, "an undo has a step per part: " + whole);
        for (int stopAfter = 1; stopAfter <= steps; stopAfter++) {
            assertTrue(setup.apply(request(), SetupProgress.ignoring()).bothSidesMatch());
            StopAfter first = new StopAfter(stopAfter);
            assertThrows(SetupStoppedException.class, () -> setup.undo("Acme", first),
                    "Stop after step " + stopAfter + " ends the undo there");
            assertEquals(stopAfter, first.steps.size(), "nothing after the stop: " + first.steps);
            assertTrue(setup.hasRecord("Acme"), "what is left stays recorded");

            List<SetupStep> rest = new ArrayList<>();
            setup.undo("Acme", rest::add);
            Set<String> targets = new HashSet<>();
            first.steps.forEach(s -> targets.add(s.target()));
            assertTrue(rest.stream().noneMatch(s -> targets.contains(s.target())),
                    "the rerun repeats nothing: " + first.steps + " then " + rest);
            assertEquals(steps, first.steps.size() + rest.size(),
                    "together, the steps of one undo: " + first.steps + " then " + rest + " vs " + whole);
            assertTrue(livekit.trunks().isEmpty());
            carrierHasNothing.run();
            assertFalse(setup.hasRecord("Acme"));
        }
    }

    /** The admin presses Stop once the {@code after}-th step has been shown. */
    static final class StopAfter implements SetupProgress {
        final int after;
        final List<SetupStep> steps = new ArrayList<>();

        StopAfter(int after) {
            this.after = after;
        }

        @Override
        public void step(SetupStep step) {
            steps.add(step);
        }

        @Override
        public boolean stopRequested() {
            return steps.size() >= after;
        }
    }
}
