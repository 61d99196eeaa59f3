package org.trunkwizard.ui.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.common.Mnemonics;
import org.trunkwizard.ui.common.FxBundle;
import org.trunkwizard.ui.common.TrunkServiceFactory;

/** Opens the credentials window (the wizard's Credentials menu). */
public final class CredentialsWindow {

    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;

    private CredentialsWindow() {
    }

    /**
     * Shows the window over {@code owner} and returns its stage. {@code session}: the one probed at start (its
     * store holds the secrets); {@code services}: how to reach a trunk's LiveKit project for rotation (its URL, key
     * and secret come from the saved profile for that project). Index and profiles are read from
     * {@link AppDirs#configDir()}. Call on the FX thread; nothing here waits on the keychain.
     */
    public static Stage show(Window owner, SecretSession session, TrunkServiceFactory services) {
        return show(owner, CompletableFuture.completedFuture(session), services);
    }

    /**
     * The same while the start-up probe ({@link SecretSession#openInBackground()}) may still be running: the window
     * opens at once, says it is checking the keychain, and fills in when the probe is done.
     */
    public static Stage show(Window owner, CompletableFuture<SecretSession> probing, TrunkServiceFactory services) {
        return show(owner, probing, services, AppDirs.configDir());
    }

    /** The same with the index and profiles read from {@code configDir} (the wizard's own folder). */
    public static Stage show(Window owner, CompletableFuture<SecretSession> probing, TrunkServiceFactory services,
                             Path configDir) {
        FXMLLoader loader = new FXMLLoader(CredentialsWindow.class.getResource("credentials.fxml"), new FxBundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("credentials.fxml is missing from the build", e);
        }
        CredentialsController controller = loader.getController();
        Scene scene = new Scene(root, 1000, 660);
        Mnemonics.nameKeysInTooltips(scene);
        scene.getStylesheets().add(CredentialsWindow.class.getResource("credentials.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, controller::escapeCancelsConfirmation);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("credentials.title"));
        stage.setScene(scene);
        // The wizard's own minimum; CredentialsSmallWindowTest checks that every word fits at it, light and dark.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnHidden(e -> controller.dispose());
        controller.waitForKeychain();
        stage.show();
        probing.whenComplete((session, failure) -> Platform.runLater(() -> {
            if (session == null) {
                controller.keychainFailed(failure);
                return;
            }
            SavedCredentials credentials = new SavedCredentials(session.store(), configDir);
            Profiles profiles = new Profiles(configDir, credentials);
            controller.start(session, credentials, profiles, new PasswordRotation(credentials, profiles, services),
                    Clock.systemUTC());
        }));
        return stage;
    }
}
