package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.common.Theme;
import org.trunkwizard.ui.wizard.Step;

/**
 * The carrier-account window, light and dark: on every page one control per underlined letter, no text cut short at
 * its size (which fits in 800x600), and each page rendered to target/screenshots after asserting what it shows
 * (dark: the last page only, as the README shows it).
 */
class CarrierAccountScreensTest extends WizardTestBase {

    static final String ACCOUNT = "AC" + "0".repeat(31) + "9";
    static final String TOKEN = "twilio-token-screens-0a1b2c";

    final TwilioTestServer twilio = TwilioTestServer.start(ACCOUNT, TOKEN);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, asTyped(), WizardEnv::memoryOnly,
                Map.of("TRUNKWIZARD_TWILIO_API_BASE", twilio.base()));
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Theme.apply(false));
        twilio.close();
    }

    @Test
    void lightEveryPageFitsHasUniqueLettersAndRendersToPng(FxRobot robot) throws Exception {
        walk(robot, false);
    }

    @Test
    void darkEveryPageFitsHasUniqueLettersAndRendersToPng(FxRobot robot) throws Exception {
        walk(robot, true);
    }

    private void walk(FxRobot robot, boolean dark) throws Exception {
        String suffix = dark ? "-dark.png" : ".png";
        robot.interact(() -> Theme.apply(dark));
        twilio.addNumber("+16502530000");
        twilio.addNumber("+14155550132");
        twilio.useNumberInApp("+14155550132", "AP" + "0".repeat(32));
        fillValid(robot);
        robot.interact(() -> model().name.set("Emily Outbound Trunk"));
        clickNext(robot);
        assertShows(robot, Step.CARRIER);
        assertTrue(text(robot, "#carrierSetupButton").contains("Twilio"));
        if (!dark) {
            Screens.shoot(robot, stage.getScene(), "02b-carrier-setup-offer.png");
        }
        CarrierAccountDriver d = new CarrierAccountDriver(robot);
        Stage window = d.open(wizard);
        assertTrue(window.getWidth() <= 800 && window.getHeight() <= 600, window.getWidth() + "x" + window.getHeight());
        Scene scene = window.getScene();
        List<String> problems = new ArrayList<>();

        d.type("#carrierAccountSid", ACCOUNT);
        d.type("#carrierSecret", TOKEN);
        check(robot, scene, "connect", problems);
        if (!dark) {
            Screens.shoot(robot, scene, "09a-carrier-account-connect.png");
        }

        d.connect();
        check(robot, scene, "numbers", problems);
        robot.interact(() -> robot.lookup(".check-box")
                .match(n -> ((javafx.scene.control.CheckBox) n).getText().startsWith("+16502530000"))
                .queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        if (!dark) {
            Screens.shoot(robot, scene, "09b-carrier-account-numbers.png");
        }

        d.plan();
        check(robot, scene, "plan", problems);
        if (!dark) {
            Screens.shoot(robot, scene, "09c-carrier-account-plan.png");
        }

        d.assertMatch(d.apply());
        assertTrue(d.<javafx.scene.control.TextField>find("#carrierTrunkId").getText().startsWith("ST_"));
        check(robot, scene, "apply", problems);
        Screens.shoot(robot, scene, "09d-carrier-account-match" + suffix);
        assertEquals(List.of(), problems);
    }

    /** Clashing letters among what is on screen, and labels whose text is shown cut short ("Trunk na…"). */
    private static void check(FxRobot robot, Scene scene, String page, List<String> out) {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.getMnemonics().forEach((combo, list) -> {
                long shown = list.stream().filter(m -> shown(m.getNode())).count();
                if (shown > 1) {
                    out.add(page + ": " + combo.getName() + " used " + shown + " times");
                }
            });
            collectCut(scene.getRoot(), page, out);
        });
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static void collectCut(Node n, String page, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getStyleClass().contains("text") && t.isVisible()
                        && !full.equals(t.getText()) && !full.replace("\n", " ").equals(t.getText())) {
                    out.add(page + ": \"" + t.getText() + "\" for \"" + full + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCut(c, page, out);
            }
        }
    }
}
