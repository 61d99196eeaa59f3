package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.diagnostics.LocalPorts;
import org.trunkwizard.diagnostics.Sipp;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.ui.wizard.Step;

/** "Check this address" on the Connection page, against SIPp: the CLI's words, progress, and Stop. */
class DiagnosticsWindowTest extends WizardTestBase {

    @TempDir
    static Path sippDir;
    private static Sipp udp407;

    @BeforeAll
    static void startSipp() throws Exception {
        udp407 = Sipp.start("options-407.xml", false, Files.createDirectories(sippDir.resolve("udp")));
    }

    @AfterAll
    static void stopSipp() throws InterruptedException {
        if (udp407 != null) {
            udp407.close();
        }
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void toConnection(FxRobot robot, String address) {
        fillValid(robot);
        robot.interact(() -> {
            model().carrier.set(Carrier.OTHER);
            model().address.set(address);
            model().transport.set(Transport.UDP);
        });
        for (int i = 0; i < 3; i++) {
            clickNext(robot);
        }
        assertEquals(Step.CONNECTION, step());
    }

    @Test
    void theAnswerIsExplainedInTheCliWords(FxRobot robot) throws Exception {
        toConnection(robot, udp407.address());
        robot.clickOn("#checkAddress");
        waitUntil(() -> robot.lookup("#checkVerdict").query().isVisible());
        assertEquals(Messages.get("diagnose.verdict.answeredWantsAuth.message", "",
                "407 Proxy Authentication Required"), text(robot, "#checkVerdict"));
        assertTrue(text(robot, "#checkSteps").startsWith("ok    " + Messages.get("diagnose.step.sip")),
                text(robot, "#checkSteps"));
        assertTrue(text(robot, "#checkHint").endsWith(Messages.get("diagnose.scope")), text(robot, "#checkHint"));

        // Another address: the old result no longer applies.
        robot.interact(() -> model().address.set("127.0.0.1:5"));
        assertFalse(robot.lookup("#checkVerdict").query().isVisible());
    }

    @Test
    void stopEndsTheCheckAndTheButtonComesBack(FxRobot robot) throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName(LocalPorts.LOOPBACK))) {
            toConnection(robot, LocalPorts.LOOPBACK + ":" + silent.getLocalPort());
            robot.clickOn("#checkAddress");
            waitUntil(() -> robot.lookup("#stopCheck").query().isVisible());
            assertTrue(robot.lookup("#checkSpinner").query().isVisible());
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> text(robot, "#checkProgress").startsWith("Checking: " + Messages.get("diagnose.step.sip")));
            robot.clickOn("#stopCheck");
            waitUntil(() -> robot.lookup("#checkAddress").query().isVisible());
            assertEquals(Messages.get("diagnose.verdict.stopped.message"), text(robot, "#checkVerdict"));
            assertFalse(robot.lookup("#stopCheck").query().isVisible());
            assertFalse(robot.lookup("#checkSpinner").query().isVisible());
        }
    }
}
