package org.trunkwizard.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.ui.wizard.WizardController;
import org.trunkwizard.ui.wizard.WizardModel;

/** A wizard window that reaches a fresh LiveKit-compatible test server through the real SipApi. */
abstract class ServerWizardTestBase extends WizardTestBase {

    static final String PASSWORD = "Tq7-vLm2_Rz9xKp4Wd8N";
    /** As WizardTestBase.open, with the standard window's service factory pointed at the test server. */
    void openOnServer(Stage stage) {
        openOnServer(stage, java.util.function.UnaryOperator.identity());
    }

    /** @param wrap puts a test's own behaviour around the real service (e.g. a call that waits on a latch) */
    void openOnServer(Stage stage, java.util.function.UnaryOperator<SipSetupService> wrap) {
        this.stage = stage;
        stage.setWidth(WizardController.WIDTH);
        stage.setHeight(WizardController.HEIGHT);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        wizard = WizardController.open(stage, new WizardEnv(configDir,
                (url, key, secret) -> wrap.apply(new SipApi(LiveKitConnection.of(url, key, secret),
                        org.trunkwizard.livekit.Timeouts.DEFAULT, configDir))));
        stage.toFront();
        stage.requestFocus();
    }

    /** Steps 1 to 5 straight into the model: this server's project, a trunk through {@code carrier}. */
    void fillOnServer(FxRobot robot, Carrier carrier, String address, String username) {
        robot.interact(() -> {
            WizardModel m = model();
            m.liveKitUrl.set(server.url());
            m.apiKey.set(server.apiKey());
            m.apiSecret.set(server.apiSecret());
            m.carrier.set(carrier);
            m.name.set("Emily Outbound Trunk");
            m.address.set(address);
            m.numbersText.set("+1 650 253 0000");
            m.region.set("US");
            m.username.set(username);
            m.password.set(PASSWORD);
        });
    }

    /** Scrolls the page so the node is on screen, as a user scrolls to it before clicking; returns the query. */
    static String reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane sp = robot.lookup("#scroller").queryAs(ScrollPane.class);
            Node n = robot.lookup(query).query();
            double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 10) / room)));
        });
        return query;
    }
}
