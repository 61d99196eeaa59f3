package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import livekit.LivekitSip.CreateSIPInboundTrunkRequest;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.livekit.server.Fault;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.wizard.Step;

/**
 * "Receive calls too" can ask the carrier for a username and password, as {@code inbound create --auth-username}
 * does: an explained choice (Twilio cannot send them, and the page says so), checked field by field as the wizard's
 * other fields, the password generated or typed, shown hidden with Show and Copy, and sent to LiveKit with the
 * inbound trunk; Stop then Retry still makes one trunk. Against the LiveKit test server through the real SipApi.
 */
class InboundCredentialsWindowTest extends ServerWizardTestBase {

    static final String INBOUND_PASSWORD = "Vh4-kPz8_Qm2xRt7Lw9N";

    @Start
    void start(Stage stage) {
        openOnServer(stage);
    }

    private void toDone(FxRobot robot, Carrier carrier, String address, String username) throws Exception {
        fillOnServer(robot, carrier, address, username);
        for (int i = 0; i < 5; i++) {
            clickNext(robot);
        }
        assertEquals(Step.REVIEW, step());
        clickNext(robot);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> step() == Step.DONE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl();
    }

    private static boolean shown(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        return n.isVisible() && n.isManaged();
    }

    private void askWith(FxRobot robot, String username, String password) {
        robot.clickOn(reveal(robot, "#inboundAuth"));
        robot.interact(() -> {
            field(robot, "#inboundUsername").setText(username);
            field(robot, "#inboundPassword").setText(password);
        });
    }

    @Test
    void telnyxCredentialsAreAnExplainedCheckedChoiceAndReachTheInboundTrunk(FxRobot robot) throws Exception {
        toDone(robot, Carrier.TELNYX, "sip.telnyx.com", "livekituser1");
        CheckBox ask = robot.lookup("#inboundAuth").queryAs(CheckBox.class);
        assertFalse(ask.isSelected(), "numbers alone unless the admin asks");
        assertFalse(ask.isDisabled());
        assertFalse(shown(robot, "#inboundAuthBox"));
        String about = text(robot, "#inboundAuthAbout");
        assertTrue(about.contains("username and password") && about.contains("Telnyx"), about);

        robot.clickOn(reveal(robot, "#inboundAuth"));
        assertTrue(shown(robot, "#inboundAuthBox"));
        assertEquals(20, field(robot, "#inboundPassword").getText().length(), "a password is generated");
        assertTrue(robot.lookup("#createRule").queryButton().isDisabled(), "the username is still missing");

        robot.clickOn(reveal(robot, "#inboundUsername")).write("acme in");
        assertTrue(text(robot, "#inboundUsernameLine").startsWith("\u2716 The username contains spaces"),
                text(robot, "#inboundUsernameLine"));
        assertTrue(robot.lookup("#createRule").queryButton().isDisabled());
        robot.interact(() -> field(robot, "#inboundUsername").setText("acmein"));
        assertFalse(robot.lookup("#createRule").queryButton().isDisabled());

        robot.interact(() -> field(robot, "#inboundPassword").setText("password1"));
        assertTrue(text(robot, "#inboundPasswordLine").contains("easy to guess"), text(robot, "#inboundPasswordLine"));
        assertFalse(text(robot, "#inboundPasswordLine").contains("password1"));
        assertTrue(robot.lookup("#createRule").queryButton().isDisabled());
        robot.clickOn(reveal(robot, "#generateInboundPassword"));
        assertEquals(20, field(robot, "#inboundPassword").getText().length());
        robot.interact(() -> field(robot, "#inboundPassword").setText(INBOUND_PASSWORD));
        assertFalse(robot.lookup("#createRule").queryButton().isDisabled());

        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertEquals(1, server.inboundTrunks().size());
        SIPInboundTrunkInfo inbound = server.inboundTrunks().iterator().next();
        assertEquals("acmein", inbound.getAuthUsername());
        assertEquals(INBOUND_PASSWORD, inbound.getAuthPassword());
        assertEquals(java.util.List.of(inbound.getSipTrunkId()),
                server.dispatchRules().iterator().next().getTrunkIdsList());

        // Shown once, hidden until asked, with Copy; it belongs to the trunk now, so it can no longer be edited.
        assertFalse(field(robot, "#inboundPasswordShown").isVisible());
        robot.clickOn(reveal(robot, "#inboundPasswordEye"));
        assertEquals(INBOUND_PASSWORD, field(robot, "#inboundPasswordShown").getText());
        assertFalse(field(robot, "#inboundPasswordShown").isEditable());
        assertFalse(field(robot, "#inboundUsername").isEditable());
        assertFalse(robot.lookup("#copyInboundPassword").queryButton().isDisabled());
        // This window has no keychain: the line says the password lives nowhere else.
        assertTrue(text(robot, "#inboundPasswordKept").contains("saved nowhere else"),
                text(robot, "#inboundPasswordKept"));

        // Another click finds the same trunk and rule: still the trunk holding the password shown.
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> text(robot, "#ruleResult").contains("already existed"));
        assertEquals(1, server.received("CreateSIPInboundTrunk").size());
        assertTrue(text(robot, "#inboundPasswordKept").contains("saved nowhere else"),
                text(robot, "#inboundPasswordKept"));
    }

    @Test
    void twilioSendsNoCredentialsSoTheChoiceIsOffAndSaysWhy(FxRobot robot) throws Exception {
        toDone(robot, Carrier.TWILIO, "acme.pstn.twilio.com", "livekit-user");
        CheckBox ask = robot.lookup("#inboundAuth").queryAs(CheckBox.class);
        assertTrue(ask.isDisabled());
        assertFalse(ask.isSelected());
        assertTrue(text(robot, "#inboundAuthAbout").contains("Twilio Elastic SIP Trunking sends no username"),
                text(robot, "#inboundAuthAbout"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertTrue(server.inboundTrunks().iterator().next().getAuthUsername().isEmpty());
    }

    @Test
    void stopThenRetryWithCredentialsMakesOneTrunkHoldingThePassword(FxRobot robot) throws Exception {
        toDone(robot, Carrier.TELNYX, "sip.telnyx.com", "livekituser1");
        askWith(robot, "acmein", INBOUND_PASSWORD);
        // The stopped create lands just after the retry has listed: the worst moment for a list-then-create.
        server.failNext("CreateSIPInboundTrunk", Fault.landsWhenListed("ListSIPInboundTrunk"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#stopRule").query().isVisible());
        robot.clickOn("#stopRule");
        waitUntil(() -> text(robot, "#ruleResult").startsWith("Stopped"));

        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertEquals(1, server.received("CreateSIPInboundTrunk").size(), "Retry sent no second create");
        assertEquals(INBOUND_PASSWORD, server.received("CreateSIPInboundTrunk").get(0)
                .bodyAs(CreateSIPInboundTrunkRequest.class).getTrunk().getAuthPassword());
        assertEquals(1, server.inboundTrunks().size());
        assertEquals(INBOUND_PASSWORD, server.inboundTrunks().iterator().next().getAuthPassword());
        // The trunk the stopped request made holds the password shown: not called someone else's.
        assertTrue(text(robot, "#inboundPasswordKept").contains("saved nowhere else"),
                text(robot, "#inboundPasswordKept"));
    }

    @Test
    void aTrunkAlreadyTakingTheNumbersKeepsItsPasswordAndThePageSaysSo(FxRobot robot) throws Exception {
        toDone(robot, Carrier.TELNYX, "sip.telnyx.com", "livekituser1");
        server.addInboundTrunk(SIPInboundTrunkInfo.newBuilder().setName("Old").addNumbers("+16502530000")
                .setAuthUsername("acmein").setAuthPassword("Older-Pw-3kLm9xQz2").build());
        askWith(robot, "acmein", INBOUND_PASSWORD);
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#ruleIdRow").query().isVisible());
        assertTrue(server.received("CreateSIPInboundTrunk").isEmpty());
        assertTrue(text(robot, "#inboundPasswordKept").contains("was not changed"),
                text(robot, "#inboundPasswordKept"));
        assertTrue(field(robot, "#inboundUsername").isEditable(), "nothing was sent: still the admin's to change");
    }

    @Test
    void aPasswordEditedWhileTheRequestIsOutGivesWayToTheOneTheTrunkHolds(FxRobot robot) throws Exception {
        toDone(robot, Carrier.TELNYX, "sip.telnyx.com", "livekituser1");
        askWith(robot, "acmein", INBOUND_PASSWORD);
        server.failNext(Fault.slow(java.time.Duration.ofSeconds(2)).on("CreateSIPInboundTrunk"));
        robot.clickOn(reveal(robot, "#createRule"));
        waitUntil(() -> robot.lookup("#stopRule").query().isVisible());
        robot.interact(() -> field(robot, "#inboundPassword").setText("Other-Pw-9xQm2kRz7Lw"));
        org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#ruleIdRow").query().isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(INBOUND_PASSWORD, server.inboundTrunks().iterator().next().getAuthPassword());
        assertEquals(INBOUND_PASSWORD, field(robot, "#inboundPassword").getText(), "the page shows what LiveKit holds");
        assertFalse(field(robot, "#inboundPassword").isEditable());
    }
}
