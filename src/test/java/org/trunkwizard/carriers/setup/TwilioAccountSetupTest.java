package org.trunkwizard.carriers.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.carriers.twilio.TwilioAccount;
import org.trunkwizard.carriers.twilio.TwilioAccountSetup;
import org.trunkwizard.carriers.twilio.TwilioClient;
import org.trunkwizard.carriers.twilio.TwilioHosts;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** The carrier-neutral contract a window drives: plan, apply with progress, Stop, rerun, verify, undo. */
class TwilioAccountSetupTest {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "7";
    static final String TOKEN = "TWILIO-TOKEN-SENTINEL-77aa01";
    static final String NUMBER = "+15551230007";

    @TempDir
    Path folder;
    TwilioTestServer twilio;
    LiveKitTestServer livekit;
    CarrierAccountSetup setup;

    @BeforeEach
    void start() throws Exception {
        twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
        twilio.addNumber(NUMBER);
        livekit = LiveKitTestServer.start();
        livekit.addKey("APIsetupKey", "SECRET-SENTINEL-setup-0c1d");
        TwilioClient client = new TwilioClient(TwilioAccount.fromEnv(Map.of("TWILIO_ACCOUNT_SID", ACCOUNT,
                "TWILIO_AUTH_TOKEN", TOKEN)).orElseThrow(), TwilioHosts.resolve(Optional.of(twilio.base()))
                .orElseThrow(), Duration.ofSeconds(5), Duration.ofSeconds(10));
        setup = new TwilioAccountSetup(client, new SipApi(LiveKitConnection.of(livekit.url(), "APIsetupKey",
                "SECRET-SENTINEL-setup-0c1d")), folder);
    }

    @AfterEach
    void stop() {
        twilio.close();
        livekit.close();
    }

    SetupRequest request() {
        return new SetupRequest("Acme", List.of(NUMBER), Optional.empty(), List.of(), false, false);
    }

    @Test
    void planOnlyReadsThenApplyMatchesAndVerifyReadsBack() throws Exception {
        List<SetupStep> planned = new ArrayList<>();
        SetupResult plan = setup.plan(request(), planned::add);
        assertEquals(0, twilio.changes());
        assertTrue(planned.stream().allMatch(s -> !s.result().equals("created")), planned.toString());
        assertEquals(Carrier.TWILIO, setup.carrier());
        assertEquals("", plan.carrierId());
        SetupResult done = setup.apply(request(), SetupProgress.ignoring());
        assertTrue(done.bothSidesMatch(), done.differences().toString());
        assertTrue(done.carrierId().startsWith("TK") && done.livekitTrunkId().startsWith("ST_"));
        assertEquals(done.carrierId(), done.carrierIds().get("trunk_sid"));
        assertTrue(done.newPassword().isPresent());
        assertEquals(List.of(), setup.verify(request(), SetupProgress.ignoring()));
        assertEquals(OwnedNumber.Use.TRUNK, setup.numbers().get(0).use());
    }

    @Test
    void stopAfterAStepLeavesWhatARerunCompletesAndUndoRemoves() throws Exception {
        SetupProgress stopAtFirstChange = new SetupProgress() {
            boolean created;

            @Override
            public void step(SetupStep step) {
                created |= step.result().equals("created");
            }

            @Override
            public boolean stopRequested() {
                return created;
            }
        };
        assertThrows(SetupStoppedException.class, () -> setup.apply(request(), stopAtFirstChange));
        assertEquals(1, twilio.trunkCount());
        assertEquals(0, twilio.credentialListCount());
        assertTrue(setup.hasRecord("Acme"));
        assertTrue(setup.apply(request(), SetupProgress.ignoring()).bothSidesMatch());
        assertEquals(1, twilio.trunkCount());
        setup.undo("Acme", SetupProgress.ignoring());
        assertEquals(0, twilio.trunkCount());
        assertTrue(livekit.trunks().isEmpty());
        assertFalse(setup.hasRecord("Acme"));
    }
}
