package org.trunkwizard.ui.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.setup.OwnedNumber;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.ui.WizardEnv;

/**
 * Whether Undo has something to do is a read of the setup's record file; like every other call of the carrier
 * setup it must happen off the FX thread, where a slow disk would freeze the window. The Undo button still appears
 * after a run that left a record, and goes once undo has removed it.
 */
@ExtendWith(ApplicationExtension.class)
class SetupRecordOffFxThreadTest {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "5";
    static final String TOKEN = "SENTINEL-twilio-token-offfx-9a1";
    static final String NUMBER = "+15551239077";

    @TempDir
    Path config;
    private Stage owner;
    private final TwilioTestServer twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
    private final LiveKitTestServer livekit = LiveKitTestServer.start();
    private final List<String> calledOn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() {
        twilio.close();
        livekit.close();
    }

    @Test
    void whetherUndoHasSomethingToDoIsReadOffTheFxThread(FxRobot robot) throws Exception {
        twilio.addNumber(NUMBER);
        livekit.addKey("APIoffFx", "SECRET-SENTINEL-offfx-2b");
        WizardEnv env = new WizardEnv(config, (url, key, secret) -> new SipApi(LiveKitConnection.of(livekit.url(),
                key, secret)), WizardEnv::memoryOnly, Map.of("TRUNKWIZARD_TWILIO_API_BASE", twilio.base()));
        CarrierAccountWindow.Project project = new CarrierAccountWindow.Project("https://p.livekit.cloud", "APIoffFx",
                "SECRET-SENTINEL-offfx-2b", "", "Acme", "");
        SetupOpener recording = (login, carrierEnv, lk, folder, region) -> SetupOpener.STANDARD
                .open(login, carrierEnv, lk, folder, region).map(this::recording);
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = CarrierAccountWindow.show(owner, env, Carrier.TWILIO, project,
                new CarrierLogins(), f -> { }, WizardEnv.memoryOnly(), false, recording));
        Scene scene = window[0].getScene();
        robot.interact(() -> {
            ((TextInputControl) scene.lookup("#carrierAccountSid")).setText(ACCOUNT);
            ((TextInputControl) scene.lookup("#carrierSecret")).setText(TOKEN);
        });
        press(robot, scene, "#carrierNext");
        waitUntil(() -> text(scene, "#carrierAccountTitle").startsWith("2."));
        press(robot, scene, "#carrierNext");
        waitUntil(() -> text(scene, "#carrierAccountTitle").startsWith("3."));
        press(robot, scene, "#carrierNext");
        waitUntil(() -> text(scene, "#carrierStatus").startsWith("\u2714"));
        assertEquals("\u2714 Both sides match.", text(scene, "#carrierStatus"));
        Node undo = scene.lookup("#carrierUndo");
        assertTrue(undo.isVisible(), "the run left a record: Undo is offered");

        press(robot, scene, "#carrierUndo");
        waitUntil(() -> text(scene, "#carrierStatus").startsWith("\u2714 Removed"));
        assertFalse(undo.isVisible(), "nothing left to undo");
        assertEquals(0, twilio.trunkCount());
        assertTrue(calledOn.stream().anyMatch(c -> c.startsWith("hasRecord")), "asked: " + calledOn);
        assertTrue(calledOn.stream().noneMatch(c -> c.endsWith(" on fx")), "setup calls: " + calledOn);
        robot.interact(window[0]::close);
    }

    private static void press(FxRobot robot, Scene scene, String id) {
        Button b = (Button) scene.lookup(id);
        assertTrue(b.isVisible() && !b.isDisabled(), id + " should be there to press");
        robot.interact(b::fire);
    }

    private static String text(Scene scene, String id) {
        return ((Labeled) scene.lookup(id)).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void called(String what) {
        calledOn.add(what + (Platform.isFxApplicationThread() ? " on fx" : " on " + Thread.currentThread().getName()));
    }

    /** The real setup, noting on which thread each call runs. */
    private CarrierAccountSetup recording(CarrierAccountSetup real) {
        return new CarrierAccountSetup() {
            @Override
            public Carrier carrier() {
                return real.carrier();
            }

            @Override
            public List<OwnedNumber> numbers() throws CarrierApiException {
                called("numbers");
                return real.numbers();
            }

            @Override
            public SetupResult plan(SetupRequest request, SetupProgress progress)
                    throws CarrierApiException, ApiException {
                called("plan");
                return real.plan(request, progress);
            }

            @Override
            public SetupResult apply(SetupRequest request, SetupProgress progress)
                    throws CarrierApiException, ApiException {
                called("apply");
                return real.apply(request, progress);
            }

            @Override
            public List<String> verify(SetupRequest request, SetupProgress progress)
                    throws CarrierApiException, ApiException {
                called("verify");
                return real.verify(request, progress);
            }

            @Override
            public void undo(String name, SetupProgress progress) throws CarrierApiException, ApiException {
                called("undo");
                real.undo(name, progress);
            }

            @Override
            public boolean hasRecord(String name) {
                called("hasRecord");
                return real.hasRecord(name);
            }
        };
    }
}
