package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.Timeouts;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.ui.wizard.Step;

/**
 * Stop while Create is on its way, then Retry: LiveKit received the first create and makes the trunk after Stop.
 * The window's tasks share one SipApi per connection (as {@link WizardEnv#standard()} does), whose pending-create
 * memory makes Retry wait for that trunk and adopt it: one trunk, one create request.
 */
class StopThenRetryTest extends LiveKitWizardTestBase {

    private static final Timeouts PATIENT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(5));
    private final Map<String, SipApi> shared = new ConcurrentHashMap<>();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, (url, key, secret) -> {
            LiveKitConnection c = LiveKitConnection.of(url, key, secret);
            return shared.computeIfAbsent(c.baseUrl() + c.apiKey(), k -> new SipApi(c, PATIENT, configDir));
        });
    }

    @Test
    void stopThenRetryMakesOneTrunk(FxRobot robot) throws Exception {
        fillValid(robot, server.url(), server.apiKey(), server.apiSecret());
        toReview(robot);
        server.failNext(Fault.slow(Duration.ofMillis(1500)).on("CreateSIPOutboundTrunk"));
        clickNext(robot);
        try {
            waitUntil(() -> server.received("CreateSIPOutboundTrunk").size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            // Enqueued OkHttp calls (an earlier SipApi) sometimes never ran here: keep the create thread's stack.
            throw new AssertionError("no create reached the server; step " + step() + ", requests "
                    + server.received().stream().map(r -> r.method()).toList() + ", create thread "
                    + Thread.getAllStackTraces().entrySet().stream()
                            .filter(t -> t.getKey().getName().startsWith("create"))
                            .map(t -> java.util.Arrays.toString(t.getValue())).toList(), e);
        }

        robot.interact(() -> robot.lookup("#stop").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#retry").queryAs(Button.class).isVisible());
        robot.interact(() -> robot.lookup("#retry").queryAs(Button.class).fire());
        waitUntil(() -> step() == Step.DONE);

        assertEquals(1, server.received("CreateSIPOutboundTrunk").size(), "Retry sent no second create");
        waitUntil(() -> server.trunks().size() == 1);
        assertEquals(server.trunks().iterator().next().getSipTrunkId(), model().trunkId.get());
    }
}
