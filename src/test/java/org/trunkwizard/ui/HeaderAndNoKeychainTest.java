package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.secrets.KeychainStatus;

/** Page 1 without a keychain, and the header's Credentials and Help buttons. */
class HeaderAndNoKeychainTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage); // the default env: no keychain, as on a desktop without a Secret Service
    }

    @Test
    void withoutAKeychainRememberIsOffAndTheLineSaysSecretsStayInMemory(FxRobot robot) throws Exception {
        waitUntil(() -> model().keychain.get() != null);
        KeychainStatus status = model().keychain.get();
        assertFalse(status.available());
        CheckBox remember = robot.lookup("#remember").queryAs(CheckBox.class);
        assertTrue(remember.isDisabled());
        assertFalse(remember.isSelected());
        assertEquals(status.rememberTooltip(), remember.getTooltip().getText());
        Label line = robot.lookup("#rememberLine").queryAs(Label.class);
        assertTrue(line.isVisible());
        assertEquals(status.message(), line.getText());
        assertTrue(line.getText().contains("in memory for this session only"), line.getText());
    }

    @Test
    void helpShowsTheKeyPointsWithoutBlockingTheWizard(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#helpButton").queryButton().fire());
        Label help = robot.lookup("#helpText").queryAs(Label.class);
        // The same words as the address hint, and a number the wizard does not warn about (issue 12).
        assertTrue(help.getText().contains("a leading sip: is fine"), help.getText());
        assertTrue(help.getText().contains("+16502530000"), help.getText());
        robot.interact(() -> model().apiKey.set("APIstill-typing"));
        assertEquals("APIstill-typing", robot.lookup("#key").queryTextInputControl().getText());
        robot.interact(() -> help.getScene().getWindow().hide());
    }

    @Test
    void credentialsOpensOnceAndSaysTheKeychainIsMissing(FxRobot robot) throws Exception {
        waitUntil(() -> model().keychain.get() != null);
        robot.interact(() -> robot.lookup("#credentialsButton").queryButton().fire());
        Label line = robot.lookup("#keychainLine").queryAs(Label.class);
        waitUntil(() -> line.getText().contains("not available"));
        Stage credentials = (Stage) line.getScene().getWindow();
        robot.interact(() -> robot.lookup("#credentialsButton").queryButton().fire());
        assertEquals(1, robot.listWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().equals(credentials.getTitle()) && s.isShowing()).count());
        robot.interact(credentials::close);
    }
}
