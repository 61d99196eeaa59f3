package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.PrivateSecretService;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WindowSize;

/**
 * Issue 12's "Done means": the whole flow, Project to Done and Close, with the keyboard alone in a window at its
 * minimum size (800×600), once with a real keychain (a private gnome-keyring over D-Bus) and once without (secrets
 * in memory for the session). At every step nothing is cut short; on Done the password is on screen when it is
 * saved nowhere else, and Close warns before it is lost; with the keychain Done says where it is and Close closes.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES) // the private Secret Service is found through a system property
class SmallKeyboardWalkTest extends WizardTestBase {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    private static final String PASSWORD = "Tq7-vLm2_Rz9xKp4Wd8N";
    private boolean withKeychain;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        return withKeychain ? new WizardEnv(configDir, asTyped(), SecretSession::openInBackground) : super.env();
    }

    @ParameterizedTest(name = "keychain = {0}")
    @ValueSource(booleans = {true, false})
    void projectToDoneAndCloseWithTheKeyboardAt800x600(boolean keychain, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            withKeychain = keychain;
            open(stage);
            stage.setWidth(WindowSize.MIN_WIDTH);
            stage.setHeight(WindowSize.MIN_HEIGHT);
        });
        waitUntil(() -> model().keychain.get() != null);
        assertEquals(keychain, model().keychain.get().available(), model().keychain.get().message());
        List<String> cut = new ArrayList<>();
        cut.addAll(seen(robot, Step.PROJECT));

        // 1. LiveKit project: the URL field has the focus when the window opens; with a keychain, Tab on to
        // Remember and tick it with Space.
        robot.write(URL).type(KeyCode.TAB);
        robot.write(KEY).type(KeyCode.TAB);
        robot.write(SECRET);
        if (keychain) {
            for (int i = 0; i < 8 && !focusIs("remember"); i++) {
                robot.type(KeyCode.TAB);
            }
            assertTrue(focusIs("remember"), "Tab reaches Remember; focus on " + stage.getScene().getFocusOwner());
            robot.type(KeyCode.SPACE);
            assertTrue(model().remember.get(), "Space ticks Remember");
        }
        robot.type(KeyCode.ENTER);
        cut.addAll(seen(robot, Step.CARRIER));

        // 2. Carrier: the first choice has the focus; Space picks it.
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        cut.addAll(seen(robot, Step.BASIC));

        // 3. Basic: a name is suggested; replace it.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Emily Outbound Trunk").type(KeyCode.ENTER);
        cut.addAll(seen(robot, Step.CONNECTION));

        // 4. Connection: address, Tab past transport, "Check this address" and region into the numbers.
        robot.write("sip:acme.pstn.twilio.com").type(KeyCode.TAB);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        robot.write("+1 650 253 0000").type(KeyCode.TAB);
        cut.addAll(truncatedNow(robot, Step.CONNECTION));
        robot.type(KeyCode.ENTER);
        cut.addAll(seen(robot, Step.OPTIONAL));

        // 5. Optional: SRTP keeps "Disabled"; Tab to username and password.
        robot.type(KeyCode.TAB).write("livekit-user").type(KeyCode.TAB);
        robot.write(PASSWORD);
        assertEquals("livekit-user", model().username.get(), "typed into Username");
        assertEquals(PASSWORD, model().password.get(), "typed into Password");
        cut.addAll(truncatedNow(robot, Step.OPTIONAL));
        robot.type(KeyCode.ENTER);
        cut.addAll(seen(robot, Step.REVIEW));

        // 6. Review: Enter is "Create trunk"; 7. Create; 8. Done.
        robot.type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> step() == Step.DONE);
        assertTrue(model().trunkId.get().startsWith("ST_"), model().trunkId.get());
        robot.lookup(".dialog-pane").tryQuery().ifPresent(d -> {
            throw new AssertionError("a dialog on Done: " + ((DialogPane) d).getHeaderText() + " / "
                    + ((DialogPane) d).getContentText());
        });
        // The Done page is built once the create has answered: wait for it, not for the step alone.
        waitUntil(() -> stage.getScene().lookup("#donePasswordLine") != null);
        TextInputControl hidden = (TextInputControl) stage.getScene().lookup("#donePassword");
        javafx.scene.control.Label line = (javafx.scene.control.Label) stage.getScene().lookup("#donePasswordLine");
        if (keychain) {
            waitUntil(() -> line.getText().startsWith("\u2714"));
        } else {
            assertTrue(hidden.isVisible(), "the password is on Done, masked");
            assertEquals(PASSWORD, hidden.getText());
            assertTrue(line.getText().contains(Messages.get("ui.done.password.nowhere")), line.getText());
            assertTrue(line.getStyleClass().contains("warning"), "a warning: " + line.getStyleClass());
        }
        cut.addAll(seen(robot, Step.DONE));
        assertTrue(cut.isEmpty(), "cut short at 800x600 (keychain = " + keychain + "): " + cut);

        // Close: Alt + its letter.
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        if (keychain) {
            waitUntil(() -> !stage.isShowing());
            assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "nothing to warn about");
        } else {
            waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(pane.getContentText().contains(Messages.get("ui.done.close.lose")), pane.getContentText());
            robot.interact(((Button) pane.lookupButton(ButtonType.YES))::fire);
            waitUntil(() -> !stage.isShowing());
        }
    }

    private boolean focusIs(String id) {
        Node f = stage.getScene().getFocusOwner();
        return f != null && id.equals(f.getId());
    }

    /** The page arrived, and nothing on it is cut short or pushed past the window's edge. */
    private List<String> seen(FxRobot robot, Step s) throws Exception {
        waitUntil(() -> step() == s);
        assertShows(robot, s);
        return truncatedNow(robot, s);
    }

    private List<String> truncatedNow(FxRobot robot, Step s) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            SmallWindowTest.collect(stage.getScene().getRoot(), s, out);
            javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) stage.getScene()
                    .lookup("#scroller");
            Bounds view = scroller.localToScene(scroller.getBoundsInLocal());
            Node page = stage.getScene().lookup("#pageHolder");
            if (page.localToScene(page.getBoundsInLocal()).getMaxX() > view.getMaxX() + 1) {
                out.add(s + ": the page is wider than the window");
            }
        });
        assertEquals(WindowSize.MIN_WIDTH, stage.getWidth(), "the window stays at its minimum width");
        return out;
    }
}
