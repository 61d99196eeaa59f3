package org.trunkwizard.ui.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trunkwizard.ui.credentials.RotationFixture.LABEL;
import static org.trunkwizard.ui.credentials.RotationFixture.OLD_PASSWORD;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.secrets.SecretStore;
import org.trunkwizard.secrets.SessionSecretStore;
import org.trunkwizard.ui.Screens;

/** The credentials window over a real index in a temp config folder, an in-memory keychain and a LiveKit double. */
@ExtendWith(ApplicationExtension.class)
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class CredentialsWindowTest {

    @TempDir
    Path configDir;
    RotationFixture f;
    Stage owner;
    Stage window;
    private String previousConfig;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        previousConfig = System.getProperty(AppDirs.OVERRIDE_PROPERTY);
        System.setProperty(AppDirs.OVERRIDE_PROPERTY, configDir.toString());
        f = new RotationFixture(configDir);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        f.close();
        if (window != null) {
            robot.interact(window::close);
        }
        if (previousConfig == null) {
            System.clearProperty(AppDirs.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(AppDirs.OVERRIDE_PROPERTY, previousConfig);
        }
    }

    private void open(FxRobot robot, KeychainStatus status, SecretStore store) throws TimeoutException {
        SecretSession session = new SecretSession(status, store);
        robot.interact(() -> window = CredentialsWindow.show(owner, session, f.factory()));
        settle(robot);
    }

    private void openWithKeychain(FxRobot robot) throws TimeoutException {
        open(robot, KeychainStatus.available("test keychain", Duration.ZERO), f.keychain);
    }

    /** Waits until the background work the last click started is done and shown. */
    private static void settle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#spinner").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return ((Labeled) robot.lookup(id).query()).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    private static void select(FxRobot robot, String cellText) {
        Node cell = robot.lookup(".table-cell").match(n -> cellText.equals(((TableCell<?, ?>) n).getText())).query();
        robot.clickOn(cell);
    }

    private static String shownValue(FxRobot robot) {
        return robot.lookup("#valueField").queryAs(TextField.class).getText();
    }

    @Test
    void listsWhatEachSecretBelongsToItsAgeAndTheNinetyDayReminder(FxRobot robot) throws Exception {
        openWithKeychain(robot);

        List<String> cells = cellTexts(robot);
        assertTrue(cells.containsAll(List.of("Trunk password", LABEL, f.host(), f.trunkId, "120 days ago",
                "Overdue: rotate it")), cells.toString());
        assertTrue(cells.containsAll(List.of("LiveKit API secret", "Profile acme", RotationFixture.KEY,
                "Overdue: replace it")), cells.toString());
        assertTrue(visible(robot, "#reminderLine"));
        assertEquals("2 saved credentials are older than 90 days. "
                + "The guide recommends changing passwords and keys every 90 days.",
                text(robot, "#reminderLine"));
        assertEquals("Passwords are saved in the system keychain: test keychain.", text(robot, "#keychainLine"));
        assertFalse(robot.lookup("#rememberBox").queryAs(CheckBox.class).isDisabled());
    }

    @Test
    void showAsksFirstThenShowsTheValue(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, LABEL);

        robot.clickOn("#revealButton");
        assertTrue(visible(robot, "#confirmBar"));
        assertTrue(text(robot, "#confirmText").startsWith("Show the Trunk password of " + LABEL + " on screen?"));
        assertFalse(visible(robot, "#valueBox"));
        robot.clickOn(robot.lookup(".confirm-bar .button").match(n -> "Cancel".equals(((Labeled) n).getText()))
                .queryButton());
        settle(robot);
        assertFalse(visible(robot, "#valueBox"));
        assertEquals("", shownValue(robot));

        robot.clickOn("#revealButton");
        robot.clickOn("#confirmButton");
        settle(robot);
        assertTrue(visible(robot, "#valueBox"));
        assertEquals(OLD_PASSWORD, shownValue(robot));
    }

    @Test
    void copyAsksFirstThenPutsTheValueOnTheClipboard(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, LABEL);

        robot.clickOn("#copyButton");
        robot.clickOn("#confirmButton");
        settle(robot);

        assertEquals("Copied the Trunk password of " + LABEL + " to the clipboard.", text(robot, "#infoLine"));
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(OLD_PASSWORD, clip[0]);
        assertFalse(visible(robot, "#valueBox"), "copy does not show the value");
    }

    @Test
    void deleteRemovesTheRowAndTheKeychainEntry(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, LABEL);

        robot.clickOn("#deleteButton");
        robot.clickOn("#confirmButton");
        settle(robot);

        assertFalse(cellTexts(robot).contains(LABEL), cellTexts(robot).toString());
        assertTrue(cellTexts(robot).contains("Profile acme"));
        assertNull(f.savedPassword());
        assertTrue(f.index.find(f.trunkKey).isEmpty());
        assertEquals("Deleted the Trunk password of " + LABEL + ".", text(robot, "#infoLine"));
    }

    @Test
    void withoutAKeychainItSaysSoAndRememberIsOffWithTheReason(FxRobot robot) throws Exception {
        KeychainStatus none = KeychainStatus.unavailable("no keychain service is running", Duration.ZERO);
        open(robot, none, new SessionSecretStore());

        assertTrue(visible(robot, "#keychainLine"));
        assertEquals(none.message(), text(robot, "#keychainLine"));
        CheckBox remember = robot.lookup("#rememberBox").queryAs(CheckBox.class);
        assertTrue(remember.isDisabled());
        assertFalse(remember.isSelected());
        assertEquals(none.rememberTooltip(), remember.getTooltip().getText());

        select(robot, LABEL);
        robot.clickOn("#revealButton");
        robot.clickOn("#confirmButton");
        settle(robot);
        assertTrue(text(robot, "#problemLine").startsWith("This session holds no copy"), text(robot, "#problemLine"));
        assertFalse(visible(robot, "#valueBox"));
    }

    @Test
    void rotationUpdatesLiveKitSavesTheNewPasswordAndTellsWhatTheCarrierNeeds(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, LABEL);

        robot.clickOn("#rotateButton");
        assertTrue(text(robot, "#confirmText").contains("fail until your carrier has the same new password"));
        robot.clickOn("#confirmButton");
        settle(robot);

        String shown = shownValue(robot);
        assertNotEquals(OLD_PASSWORD, shown);
        assertEquals(shown, f.savedPassword());
        assertEquals(shown, f.passwordOnServer());
        assertEquals("New password for trunk " + LABEL + ":", text(robot, "#valueTitle"));
        String note = text(robot, "#valueNote");
        assertTrue(note.contains("Set exactly the same password at your carrier now"), note);
        assertTrue(note.contains("the username stays livekit-user"), note);
        assertTrue(note.endsWith("It is saved in the system keychain."), note);
        SavedCredential row = f.trunkRow();
        assertTrue(Duration.between(row.lastRotated(), java.time.Instant.now()).toMinutes() < 5);
        assertTrue(cellTexts(robot).contains("today"), cellTexts(robot).toString());
        assertTrue(cellTexts(robot).contains("Due in 90 days"), cellTexts(robot).toString());

        robot.clickOn("#copyValueButton");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(shown, clip[0]);

        robot.interact(() -> {
            try {
                Screens.save(window.getScene(), "credentials.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aFailedRotationRollsBackAndShowsTheProblem(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        List<SavedCredential> indexBefore = f.index.list();
        f.failNextUpdate();
        select(robot, LABEL);

        robot.clickOn("#rotateButton");
        robot.clickOn("#confirmButton");
        settle(robot);

        String problem = text(robot, "#problemLine");
        assertTrue(problem.startsWith("Nothing was changed: the old password still works and is still saved. "),
                problem);
        assertTrue(problem.contains("unavailable"), "LiveKit's answer follows: " + problem);
        assertFalse(visible(robot, "#valueBox"));
        assertEquals(OLD_PASSWORD, f.savedPassword());
        assertEquals(OLD_PASSWORD, f.passwordOnServer());
        assertEquals(indexBefore, f.index.list());
        assertTrue(cellTexts(robot).contains("120 days ago"));
    }

    @Test
    void rotateIsOfferedOnlyForTrunkPasswords(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, "Profile acme");
        assertTrue(robot.lookup("#rotateButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#revealButton").queryButton().isDisabled());
        select(robot, LABEL);
        assertFalse(robot.lookup("#rotateButton").queryButton().isDisabled());
    }

    @Test
    void opensAtOnceWhileTheStartUpProbeIsStillRunning(FxRobot robot) throws Exception {
        CompletableFuture<SecretSession> probing = new CompletableFuture<>();
        robot.interact(() -> window = CredentialsWindow.show(owner, probing, f.factory()));

        assertEquals("Checking the system keychain; this can take a few seconds.", text(robot, "#keychainLine"));
        assertTrue(visible(robot, "#spinner"));
        assertTrue(robot.lookup("#rememberBox").queryAs(CheckBox.class).isDisabled());
        assertTrue(cellTexts(robot).isEmpty());

        probing.complete(new SecretSession(KeychainStatus.available("test keychain", Duration.ZERO), f.keychain));
        settle(robot);
        assertEquals("Passwords are saved in the system keychain: test keychain.", text(robot, "#keychainLine"));
        assertTrue(cellTexts(robot).contains(LABEL));
    }

    @Test
    void escapeTakesBackAConfirmationBeforeItClosesTheWindow(FxRobot robot) throws Exception {
        openWithKeychain(robot);
        select(robot, LABEL);
        robot.clickOn("#deleteButton");
        assertTrue(visible(robot, "#confirmBar"));

        robot.type(KeyCode.ESCAPE);
        assertFalse(visible(robot, "#confirmBar"));
        assertTrue(window.isShowing());
        assertEquals(OLD_PASSWORD, f.savedPassword());

        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
    }
}
