package org.trunkwizard.ui.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.carriers.account.CarrierLogin;
import org.trunkwizard.carriers.account.SavedCarrierLogins;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.secrets.SecretStore;
import org.trunkwizard.ui.WizardEnv;

/**
 * The wizard's keychain probe has usually finished long before the admin opens the carrier-account window; the
 * saved login must still be read off the FX thread, where a slow or locked keychain would freeze the window.
 */
@ExtendWith(ApplicationExtension.class)
class SavedLoginOffFxThreadTest {

    private static final String SID = "AC" + "0".repeat(32);

    @TempDir
    Path config;

    private Stage owner;
    private final List<String> readOn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aSavedLoginIsReadOffTheFxThreadAndFilledIn(FxRobot robot) throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        new SavedCarrierLogins(new SavedCredentials(keychain, config))
                .save(new CarrierLogin.Twilio(SID, SID, "saved-token-0f1"), "Twilio");
        SecretSession session = new SecretSession(KeychainStatus.available("test", java.time.Duration.ZERO),
                recording(keychain));
        WizardEnv env = new WizardEnv(config, (url, key, secret) -> {
            throw new AssertionError("not reached");
        });
        CarrierAccountWindow.Project project = new CarrierAccountWindow.Project("https://p.livekit.cloud", "APIkey",
                "secret", "", "Acme", "");
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = CarrierAccountWindow.show(owner, env, Carrier.TWILIO, project,
                new CarrierLogins(), f -> { }, CompletableFuture.completedFuture(session), true));
        TextInputControl secret = (TextInputControl) window[0].getScene().lookup("#carrierSecret");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !secret.getText().isEmpty());
        assertEquals("saved-token-0f1", secret.getText());
        assertTrue(!readOn.isEmpty() && !readOn.contains("fx"), "the keychain was read on: " + readOn);
        robot.interact(window[0]::close);
    }

    private SecretStore recording(MemoryKeychain inner) {
        return new SecretStore() {
            @Override
            public void store(CredentialKey key, char[] secret) throws KeychainException {
                inner.store(key, secret);
            }

            @Override
            public Optional<char[]> load(CredentialKey key) throws KeychainException {
                readOn.add(Platform.isFxApplicationThread() ? "fx" : Thread.currentThread().getName());
                return inner.load(key);
            }

            @Override
            public boolean delete(CredentialKey key) throws KeychainException {
                return inner.delete(key);
            }

            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public boolean persistent() {
                return true;
            }
        };
    }
}
