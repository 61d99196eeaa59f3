package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.carriers.telnyx.server.TelnyxTestServer;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.cli.Sentinels;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.wizard.Step;

/**
 * Issue 13 in the window: from the Carrier page, "Set up my account for me" against the Twilio- and Telnyx-compatible
 * servers and the LiveKit test server, through the same setup the CLI drives: from nothing to "Both sides match",
 * a rerun creates nothing, a server fault then Retry completes, Undo removes; the Done page then has the Trunk ID
 * and the generated password. No carrier secret in any file of the config folder.
 */
class CarrierAccountWindowTest extends WizardTestBase {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "7";
    static final String TOKEN = "SENTINEL-twilio-token-win-3c9e1a";
    static final String TELNYX_KEY = "KEYSENTINEL-telnyx-win-77b2d0";
    static final String NUMBER = "+15551239001";
    static final String IN_USE = "+15551239002";

    final TwilioTestServer twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
    final TelnyxTestServer telnyx = TelnyxTestServer.start(TELNYX_KEY);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, asTyped(), WizardEnv::memoryOnly, Map.of(
                "TRUNKWIZARD_TWILIO_API_BASE", twilio.base(), "TRUNKWIZARD_TELNYX_API_BASE", telnyx.base()));
    }

    @AfterEach
    void noCarrierSecretInFiles() throws Exception {
        List<String> secrets = new java.util.ArrayList<>(List.of(TOKEN, TELNYX_KEY));
        secrets.addAll(twilio.passwords());
        secrets.addAll(telnyx.passwords());
        Sentinels.assertAbsentFromFiles(configDir, secrets, "the window's config folder");
        twilio.close();
        telnyx.close();
    }

    private CarrierAccountDriver toCarrierPage(FxRobot robot, Carrier carrier) {
        fillValid(robot);
        robot.interact(() -> {
            model().carrier.set(carrier);
            model().name.set("Acme " + carrier.name());
        });
        clickNext(robot);
        assertEquals(Step.CARRIER, step());
        return new CarrierAccountDriver(robot);
    }

    @Test
    void twilioFromNothingToBothSidesMatchThenRerunCreatesNothingThenUndoRemoves(FxRobot robot) throws Exception {
        twilio.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TWILIO);
        d.open(wizard);
        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        CarrierAccountDriver.waitUntil(() -> d.text("#carrierRememberHint").startsWith("No system keychain"));
        assertTrue(d.<CheckBox>find("#carrierRemember").isDisabled(), "nothing to remember in without a keychain");
        d.connect();
        CheckBox number = robot.lookup(".check-box").match(n -> ((CheckBox) n).getText().startsWith(NUMBER)).query();
        assertTrue(number.getText().contains("calls go to https://demo.twilio.com"), number.getText());
        robot.interact(() -> number.setSelected(true));

        ListView<String> plan = d.plan();
        assertTrue(plan.getItems().stream().anyMatch(s -> s.startsWith("Create ")), "plan: " + plan.getItems());
        assertEquals(0, twilio.changes(), "the plan changes nothing");
        assertTrue(server.trunks().isEmpty());

        d.assertMatch(d.apply());
        String trunkId = d.<javafx.scene.control.TextField>find("#carrierTrunkId").getText();
        assertTrue(trunkId.startsWith("ST_"), trunkId);
        assertEquals(1, twilio.trunkCount());
        String carrierLine = d.text("#carrierId");
        assertTrue(carrierLine.startsWith("Twilio trunk: TK"), carrierLine);
        String trunkSid = carrierLine.substring("Twilio trunk: ".length());
        assertEquals(List.of(NUMBER), twilio.numbersOn(trunkSid));
        assertEquals("CREDENTIAL_LIST", twilio.authType(trunkSid));
        // The wizard shows it as after a create: its Done page, the Trunk ID, the password this run generated.
        CarrierAccountDriver.waitUntil(() -> step() == Step.DONE);
        assertEquals(trunkId, model().trunkId.get());
        assertEquals(twilio.passwords(), List.of(model().password.get()));
        assertEquals(server.trunks().iterator().next().getAuthPassword(), model().password.get());

        // A rerun from the plan: everything is found again, nothing is created.
        int changes = twilio.changes();
        d.press("#carrierBack");
        d.press("#carrierBack");
        List<String> again = d.plan().getItems();
        assertTrue(again.stream().noneMatch(s -> s.startsWith("create")), "a plan with nothing new: " + again);
        d.assertMatch(d.apply());
        assertEquals(changes, twilio.changes(), "the rerun created nothing");
        assertEquals(1, server.trunks().size());
        assertEquals(twilio.passwords(), List.of(model().password.get()),
                "the Done page still has the password the first run made (a rerun makes none)");

        // Undo removes what was created, both sides.
        d.press("#carrierUndo");
        d.waitForEnd();
        assertTrue(d.text("#carrierStatus").startsWith("\u2714 Removed"), d.text("#carrierStatus"));
        assertEquals(0, twilio.trunkCount());
        assertTrue(server.trunks().isEmpty(), "the LiveKit trunk went too");
    }

    @Test
    void aNumberInUseMovesOnlyWhenTheAdminTicksMove(FxRobot robot) throws Exception {
        twilio.addNumber(IN_USE);
        twilio.useNumberInApp(IN_USE, "AP" + "0".repeat(32));
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TWILIO);
        d.open(wizard);
        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        d.connect();
        CheckBox number = robot.lookup(".check-box").match(n -> ((CheckBox) n).getText().startsWith(IN_USE)).query();
        assertTrue(number.getText().contains("answered by app AP"), number.getText());
        assertFalse(number.isSelected(), "a number in use is never ticked for the admin");
        robot.interact(() -> number.setSelected(true));
        d.press("#carrierNext");
        assertTrue(d.title().startsWith("2."), "still on Numbers");
        assertTrue(d.text("#carrierNumbersLine").contains("in use elsewhere"), d.text("#carrierNumbersLine"));
        robot.interact(() -> d.<CheckBox>find("#carrierMove").setSelected(true));
        assertTrue(d.plan().getItems().stream().anyMatch(s -> s.contains(IN_USE)));
    }

    @Test
    void aServerFaultPartWayThenRetryCompletes(FxRobot robot) throws Exception {
        twilio.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TWILIO);
        d.open(wizard);
        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        d.connect();
        d.plan();
        twilio.failNext("POST", ".*/CredentialLists.*", 500);
        String status = d.apply();
        assertTrue(status.startsWith("\u2716") && status.contains("Retry continues"), status);
        assertTrue(d.steps().getItems().stream().anyMatch(s -> s.endsWith(": made")),
                "what exists is listed: " + d.steps().getItems());
        assertTrue(server.trunks().isEmpty(), "LiveKit comes after the carrier side");
        d.press("#carrierRetry");
        d.assertMatch(d.waitForEnd());
        assertEquals(1, twilio.trunkCount());
        assertEquals(1, server.trunks().size());
    }

    /**
     * Stop while a step is in flight: that step finishes and is recorded, nothing after it starts (LiveKit is not
     * asked), the window says so, and Retry completes without making anything twice.
     */
    @Test
    void stopDuringApplyThenRetryMakesEachPartOnce(FxRobot robot) throws Exception {
        twilio.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TWILIO);
        d.open(wizard);
        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        d.connect();
        d.plan();
        TwilioTestServer.Hold hold = twilio.holdNext("POST", ".*/SIP/CredentialLists.json");
        d.press("#carrierNext");
        hold.awaitArrived();
        d.press("#carrierStop");
        hold.release();
        String status = d.waitForEnd();
        assertTrue(status.startsWith("\u2716") && status.contains("Stopped"), status);
        assertEquals(1, twilio.credentialListCount(), "the step in flight finished");
        assertTrue(server.trunks().isEmpty(), "nothing after the stop: " + d.steps().getItems());
        d.press("#carrierRetry");
        d.assertMatch(d.waitForEnd());
        assertEquals(1, twilio.trunkCount());
        assertEquals(1, twilio.credentialListCount());
        assertEquals(1, server.trunks().size());
    }

    @Test
    void telnyxFromNothingToBothSidesMatchAndRerunCreatesNothing(FxRobot robot) throws Exception {
        telnyx.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TELNYX);
        d.open(wizard);
        d.type("#carrierSecret", TELNYX_KEY);
        d.connect();
        CheckBox number = robot.lookup(".check-box").match(n -> ((CheckBox) n).getText().startsWith(NUMBER)).query();
        robot.interact(() -> number.setSelected(true));
        d.plan();
        assertEquals(0, telnyx.changes());
        d.assertMatch(d.apply());
        assertEquals(1, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        CarrierAccountDriver.waitUntil(() -> step() == Step.DONE);
        assertTrue(model().trunkId.get().startsWith("ST_"));
        assertEquals(telnyx.passwords(), List.of(model().password.get()));
        assertTrue(server.trunks().iterator().next().getHeadersMap().containsKey("X-Telnyx-Username"));

        int changes = telnyx.changes();
        d.press("#carrierBack");
        d.press("#carrierBack");
        d.plan();
        d.assertMatch(d.apply());
        assertEquals(changes, telnyx.changes(), "the rerun created nothing");

        d.press("#carrierUndo");
        d.waitForEnd();
        assertEquals(0, telnyx.connectionCount());
        assertTrue(server.trunks().isEmpty());
    }

    /**
     * Stop while an undo's step is in flight: that removal finishes and is recorded, nothing after it starts, the
     * window says so and offers Undo (not Retry, which would set it up again); Undo then removes only the rest.
     */
    @Test
    void stopDuringUndoHaltsAfterTheStepInFlightAndUndoAgainRemovesTheRest(FxRobot robot) throws Exception {
        twilio.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TWILIO);
        d.open(wizard);
        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        d.connect();
        d.plan();
        d.assertMatch(d.apply());
        TwilioTestServer.Hold hold = twilio.holdNext("DELETE", "/v1/Trunks/TK\\w+");
        d.press("#carrierUndo");
        hold.awaitArrived();
        d.press("#carrierStop");
        hold.release();
        String status = d.waitForEnd();
        assertTrue(status.startsWith("\u2716") && status.contains("Stopped") && status.contains("Undo again"), status);
        assertEquals(0, twilio.trunkCount(), "the removal in flight finished");
        assertEquals(1, twilio.credentialListCount(), "nothing after the stop: " + d.steps().getItems());
        assertTrue(server.trunks().isEmpty(), "LiveKit's trunk went first");
        assertFalse(d.<javafx.scene.control.Button>find("#carrierRetry").isVisible(), "Retry would set it up again");

        d.press("#carrierUndo");
        assertTrue(d.waitForEnd().startsWith("\u2714 Removed"), d.text("#carrierStatus"));
        List<String> rest = d.steps().getItems();
        assertEquals(1, rest.size(), "only what was left: " + rest);
        assertTrue(rest.get(0).startsWith("Delete  twilio credential list CL"), rest.get(0));
        assertEquals(0, twilio.credentialListCount());
        assertFalse(d.<javafx.scene.control.Button>find("#carrierUndo").isVisible(), "nothing left to undo");
    }

    /**
     * Telnyx fails a step half way through the setup: the window names the step that failed and what to do, keeps
     * everything typed, and Retry completes with each part made once, on Telnyx and on LiveKit.
     */
    @Test
    void aTelnyxStepFailingMidSetupIsNamedAndRetryCompletesWithoutDuplicates(FxRobot robot) throws Exception {
        telnyx.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TELNYX);
        d.open(wizard);
        d.type("#carrierSecret", TELNYX_KEY);
        d.connect();
        d.type("#carrierTrunkName", "Acme Main Line");
        d.plan();
        telnyx.failNext("PATCH", "/v2/phone_numbers/.*", 500);
        String status = d.apply();
        assertTrue(status.startsWith("\u2716"), status);
        assertTrue(status.contains("While assigning the number") && status.contains("HTTP 500"),
                "names what failed: " + status);
        assertTrue(status.contains("Retry continues"), "says what to do: " + status);
        assertEquals(1, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        assertEquals("", telnyx.connectionOf(NUMBER));
        assertTrue(server.trunks().isEmpty(), "LiveKit comes after the carrier side");

        d.press("#carrierRetry");
        d.assertMatch(d.waitForEnd());
        assertEquals(1, telnyx.connectionCount());
        assertEquals(1, telnyx.profileCount());
        assertEquals(1, server.trunks().size());
        assertEquals("Acme Main Line", server.trunks().iterator().next().getName());
        assertEquals(List.of(server.trunks().iterator().next().getAuthPassword()), telnyx.passwords());
        assertFalse(telnyx.connectionOf(NUMBER).isEmpty());

        // Nothing typed was lost on the way: the name and the ticked number, then the API key.
        d.press("#carrierBack");
        d.press("#carrierBack");
        assertEquals("Acme Main Line", d.<javafx.scene.control.TextField>find("#carrierTrunkName").getText());
        CheckBox number = robot.lookup(".check-box").match(n -> ((CheckBox) n).getText().startsWith(NUMBER)).query();
        assertTrue(number.isSelected());
        d.press("#carrierBack");
        assertEquals(TELNYX_KEY, d.<javafx.scene.control.PasswordField>find("#carrierSecret").getText());
    }

    /** The same for Telnyx: Stop while the connection is being deleted; Undo again removes only the profile left. */
    @Test
    void telnyxStopDuringUndoThenUndoAgainRemovesOnlyWhatIsLeft(FxRobot robot) throws Exception {
        telnyx.addNumber(NUMBER);
        CarrierAccountDriver d = toCarrierPage(robot, Carrier.TELNYX);
        d.open(wizard);
        d.type("#carrierSecret", TELNYX_KEY);
        d.connect();
        d.plan();
        d.assertMatch(d.apply());
        TelnyxTestServer.Hold hold = telnyx.holdNext("DELETE", "/v2/credential_connections/.*");
        d.press("#carrierUndo");
        hold.awaitArrived();
        d.press("#carrierStop");
        hold.release();
        String status = d.waitForEnd();
        assertTrue(status.startsWith("\u2716") && status.contains("Stopped") && status.contains("Undo again"), status);
        assertEquals(0, telnyx.connectionCount(), "the removal in flight finished");
        assertEquals(1, telnyx.profileCount(), "nothing after the stop: " + d.steps().getItems());
        assertEquals("", telnyx.connectionOf(NUMBER));
        assertTrue(server.trunks().isEmpty());

        d.press("#carrierUndo");
        assertTrue(d.waitForEnd().startsWith("\u2714 Removed"), d.text("#carrierStatus"));
        List<String> rest = d.steps().getItems();
        assertEquals(1, rest.size(), "only what was left: " + rest);
        assertTrue(rest.get(0).contains("telnyx outbound voice profile"), rest.get(0));
        assertEquals(0, telnyx.profileCount());
        assertFalse(d.<javafx.scene.control.Button>find("#carrierUndo").isVisible(), "nothing left to undo");
    }
}
