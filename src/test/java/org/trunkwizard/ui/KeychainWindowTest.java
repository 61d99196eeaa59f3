package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.secrets.CredentialIndex;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.PrivateSecretService;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.wizard.Step;

/**
 * "Remember" against a real Secret Service (a private gnome-keyring) and the LiveKit test server: what the
 * keychain holds after a create, the secret coming back into page 1, and the Credentials button over the same
 * session.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES) // the private Secret Service is found through a system property
class KeychainWindowTest extends LiveKitWizardTestBase {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, liveKit(), SecretSession::openInBackground);
    }

    private void tickRemember(FxRobot robot) throws Exception {
        CheckBox remember = robot.lookup("#remember").queryAs(CheckBox.class);
        waitUntil(() -> !remember.isDisabled());
        // Space, not a click: under Monocle the box's tooltip can pop up under the pointer and take the release.
        robot.interact(remember::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model().remember.get());
    }

    private Optional<String> inKeychain(CredentialKey key) throws Exception {
        try (SecretSession keychain = SecretSession.open()) {
            assertTrue(keychain.canRemember(), keychain.status().message());
            return keychain.store().load(key).map(String::new);
        }
    }

    @Test
    void aRememberedCreateSavesTheTrunkPasswordUnderTheTrunkAndListsIt(FxRobot robot) throws Exception {
        tickRemember(robot);
        fillValid(robot, server.url(), server.apiKey(), server.apiSecret());
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        waitUntil(() -> model().keychainNote.get().startsWith("\u2714"));
        assertTrue(text(robot, "#summary").contains("saved in the system keychain"), text(robot, "#summary"));

        String trunkId = model().trunkId.get();
        CredentialKey trunk = CredentialKey.trunk("127.0.0.1", trunkId);
        assertEquals(Optional.of("Tq7-vLm2_Rz9xKp4Wd8N"), inKeychain(trunk));
        CredentialKey project = CredentialKey.livekit("127.0.0.1", server.apiKey());
        assertEquals(Optional.of(server.apiSecret()), inKeychain(project));

        List<SavedCredential> listed = new CredentialIndex(configDir).list();
        SavedCredential row = listed.stream().filter(c -> c.key().equals(trunk)).findFirst().orElseThrow();
        assertEquals("Emily Outbound Trunk", row.label());
        assertTrue(listed.stream().anyMatch(c -> c.key().equals(project)), listed.toString());

        // The Credentials button shows the same entries, read through the wizard's own session.
        robot.interact(() -> robot.lookup("#credentialsButton").queryButton().fire());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }

    @Test
    void aRememberedTestConnectionSavesTheSecretOnlyOnceLiveKitAcceptedIt(FxRobot robot) throws Exception {
        // Its own key: the keyring lives as long as the class, and another test saves the default key's secret.
        server.addKey("APIconnectionTest", "connection-test-secret");
        tickRemember(robot);
        fillValid(robot, server.url(), "APIconnectionTest", "not-the-secret");
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("\u2716"));
        CredentialKey project = CredentialKey.livekit("127.0.0.1", "APIconnectionTest");
        assertEquals(Optional.empty(), inKeychain(project), "a refused secret is not saved");

        robot.interact(() -> model().apiSecret.set("connection-test-secret"));
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#rememberLine").startsWith("\u2714"));
        assertEquals(Optional.of("connection-test-secret"), inKeychain(project));
    }

    @Test
    void withoutRememberNothingIsSaved(FxRobot robot) throws Exception {
        CheckBox remember = robot.lookup("#remember").queryAs(CheckBox.class);
        waitUntil(() -> !remember.isDisabled());
        fillValid(robot, server.url(), server.apiKey(), server.apiSecret());
        toReview(robot);
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        Thread.sleep(300); // a save, had one been started, would be done by now
        assertEquals(Optional.empty(), inKeychain(CredentialKey.trunk("127.0.0.1", model().trunkId.get())));
        assertTrue(new CredentialIndex(configDir).list().stream()
                .noneMatch(c -> c.kind() == CredentialKind.TRUNK && c.key().id().equals(model().trunkId.get())));
    }

    @Test
    void aSavedSecretFillsTheEmptySecretFieldForItsUrlAndKeyOnly(FxRobot robot) throws Exception {
        try (SecretSession keychain = SecretSession.open()) {
            keychain.store().store(CredentialKey.livekit("127.0.0.1", "APIsaved"), "saved-secret".toCharArray());
        }
        robot.interact(() -> {
            model().liveKitUrl.set(server.url());
            model().apiKey.set("APIother");
        });
        Thread.sleep(300);
        assertEquals("", model().apiSecret.get(), "no secret is saved for this key");

        robot.interact(() -> model().apiKey.set("APIsaved"));
        waitUntil(() -> model().apiSecret.get().equals("saved-secret"));

        robot.interact(() -> model().apiSecret.set("typed"));
        robot.interact(() -> model().apiKey.set("APIsaved "));
        Thread.sleep(300);
        assertEquals("typed", model().apiSecret.get(), "a typed secret is never replaced");
        assertFalse(robot.lookup("#remember").queryAs(CheckBox.class).isDisabled());
    }
}
