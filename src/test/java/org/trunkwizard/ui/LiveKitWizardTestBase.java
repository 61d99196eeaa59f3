package org.trunkwizard.ui;

import org.junit.jupiter.api.AfterEach;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/** A wizard window whose LiveKit is the real client (SipApi) against a fresh LiveKit-compatible test server. */
abstract class LiveKitWizardTestBase extends WizardTestBase {

    final LiveKitTestServer server = LiveKitTestServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, liveKit());
    }
}
