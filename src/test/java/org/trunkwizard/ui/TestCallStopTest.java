package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.CreateOutcome;
import org.trunkwizard.livekit.DispatchRule;
import org.trunkwizard.livekit.DispatchRuleOutcome;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TestCall;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.ui.wizard.Step;

/** While a test call waits for the answer: spinner, the button disabled, Stop; Stop gives the window back. */
class TestCallStopTest extends ServerWizardTestBase {

    private final CountDownLatch ringing = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        openOnServer(stage, RingsUntilReleased::new);
    }

    @AfterEach
    void hangUp() {
        ringing.countDown();
    }

    /** The real service, except that a call blocks the way an unanswered phone does. */
    private final class RingsUntilReleased implements SipSetupService {
        private final SipSetupService real;

        RingsUntilReleased(SipSetupService real) {
            this.real = real;
        }

        @Override
        public TestCall.Placed placeTestCall(TestCall call) throws ApiException {
            try {
                ringing.await();
            } catch (InterruptedException e) {
                // Stop interrupts the wait, as it interrupts OkHttp's: no call is placed.
                Thread.currentThread().interrupt();
                throw new ApiException(org.trunkwizard.validation.Problem.error("", "interrupted", ""), true, e);
            }
            return real.placeTestCall(call);
        }

        @Override
        public DispatchRuleOutcome ensureDispatchRule(DispatchRule rule) throws ApiException {
            return real.ensureDispatchRule(rule);
        }

        @Override
        public org.trunkwizard.livekit.InboundTrunkOutcome ensureInboundTrunkLike(String outboundTrunkId, String name,
                org.trunkwizard.livekit.InboundAccess access) throws ApiException {
            return real.ensureInboundTrunkLike(outboundTrunkId, name, access);
        }

        @Override
        public List<org.trunkwizard.livekit.InboundTrunkOutcome> listInboundTrunks() throws ApiException {
            return real.listInboundTrunks();
        }

        @Override
        public List<org.trunkwizard.livekit.StoredDispatchRule> listDispatchRules() throws ApiException {
            return real.listDispatchRules();
        }

        @Override
        public void testConnection() throws ApiException {
            real.testConnection();
        }

        @Override
        public CreateOutcome createTrunk(TrunkSpec spec) throws ApiException {
            return real.createTrunk(spec);
        }

        @Override
        public List<StoredTrunk> listTrunks() throws ApiException {
            return real.listTrunks();
        }

        @Override
        public StoredTrunk updateTrunk(String trunkId, org.trunkwizard.trunk.TrunkPatch patch) throws ApiException {
            return real.updateTrunk(trunkId, patch);
        }

        @Override
        public StoredTrunk replaceTrunk(String trunkId, TrunkSpec spec) throws ApiException {
            return real.replaceTrunk(trunkId, spec);
        }

        @Override
        public void deleteTrunk(String trunkId) throws ApiException {
            real.deleteTrunk(trunkId);
        }
    }

    @Test
    void stopEndsTheWaitAndTheButtonComesBack(FxRobot robot) throws Exception {
        fillOnServer(robot, Carrier.TELNYX, "sip.telnyx.com", "livekituser1");
        for (int i = 0; i < 6; i++) {
            clickNext(robot);
        }
        waitUntil(() -> step() == Step.DONE);

        robot.clickOn(reveal(robot, "#callTo")).write("+1 650 253 0000");
        robot.clickOn(reveal(robot, "#callButton"));
        waitUntil(() -> robot.lookup("#stopCall").query().isVisible());
        assertTrue(robot.lookup("#callButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#callSpinner").query().isVisible());
        assertTrue(text(robot, "#callOutcome").startsWith("Calling +16502530000"), text(robot, "#callOutcome"));

        robot.clickOn("#stopCall");
        waitUntil(() -> !robot.lookup("#stopCall").query().isVisible());
        assertTrue(text(robot, "#callOutcome").startsWith("Stopped waiting"), text(robot, "#callOutcome"));
        assertFalse(robot.lookup("#callButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#callSpinner").query().isVisible());
        assertEquals(0, server.calls().size(), "stopped before LiveKit was asked");
    }
}
