package org.trunkwizard.ui.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainStatus;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.secrets.SecretSession;
import org.trunkwizard.ui.Screens;
import org.trunkwizard.ui.common.Theme;

/**
 * The Credentials window at its minimum size, 800×600, light and dark, with rows as an admin has them after a few
 * trunks (issue 12: "the Credentials ID column is cut"): no column header, cell, button or line shows its words cut
 * short, and nothing reaches past the window's right edge.
 */
@ExtendWith(ApplicationExtension.class)
class CredentialsSmallWindowTest {

    /** As long as LiveKit's own (ST_ and twelve characters). */
    static final String LONG_ID = "ST_4xZpQ9mK2vLwE";
    static final String LONG_LABEL = "Acme Corporation outbound, main line (Twilio Elastic SIP Trunking)";
    static final String LONG_HOST = "acme-voice-production-eu-west.livekit.cloud";

    @TempDir
    Path configDir;
    RotationFixture f;
    Stage owner;
    Stage window;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        f = new RotationFixture(configDir);
        SavedCredentials saved = new SavedCredentials(f.keychain, configDir);
        saved.save(CredentialKey.trunk(LONG_HOST, LONG_ID), LONG_LABEL, "Zq8!vR2#pL6@wT4$xN9%".toCharArray());
        saved.save(CredentialKey.trunk(f.host(), "ST_9bYtR3nW7cQa"), "Support line (Telnyx)",
                "Kd3$hW8!qZ5@rV1#sM7%".toCharArray());
        saved.save(CredentialKey.livekit(LONG_HOST, "APIxK9vQ2mZ7pL4wR8"), "", "secret".toCharArray());
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
        robot.interact(() -> Theme.apply(false));
        f.close();
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void nothingIsCutShortAt800x600(boolean dark, FxRobot robot) throws Exception {
        robot.interact(() -> {
            Theme.apply(dark);
            SecretSession session = new SecretSession(KeychainStatus.available("test keychain", Duration.ZERO),
                    f.keychain);
            window = CredentialsWindow.show(owner, java.util.concurrent.CompletableFuture.completedFuture(session),
                    f.factory(), configDir);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#table").queryAs(TableView.class).getItems().size() >= 4);
        assertEquals(800, window.getMinWidth(), "the window's minimum width");
        assertEquals(600, window.getMinHeight(), "the window's minimum height");
        robot.interact(() -> {
            window.setWidth(window.getMinWidth());
            window.setHeight(window.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            Parent root = window.getScene().getRoot();
            root.applyCss();
            root.layout();
            collect(root, cut);
            double right = window.getScene().getWidth();
            for (Node n : root.lookupAll(".table-cell")) {
                if (n.isVisible() && ((Labeled) n).getText() != null && !((Labeled) n).getText().isEmpty()
                        && n.localToScene(n.getBoundsInLocal()).getMaxX() > right + 1) {
                    cut.add("\"" + ((Labeled) n).getText() + "\" reaches past the window's edge");
                }
            }
        });
        Screens.shoot(robot, window.getScene(), "credentials-800x600" + (dark ? "-dark" : "") + ".png");
        assertTrue(cut.isEmpty(), (dark ? "dark: " : "light: ") + "cut short at 800x600: " + cut);
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.isVisible() && !full.equals(t.getText())
                        && !full.replace("\n", " ").equals(t.getText().replace("\n", " "))) {
                    out.add("\"" + t.getText() + "\" for \"" + full + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
