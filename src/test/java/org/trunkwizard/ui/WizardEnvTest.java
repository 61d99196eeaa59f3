package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.ui.common.TrunkServiceFactory;

/** The window's tasks share one service per connection, so the create guard sees Stop, Retry and a double click. */
class WizardEnvTest {

    @Test
    void everyTaskOfOneConnectionGetsTheSameService() throws ApiException {
        TrunkServiceFactory services = WizardEnv.standard().services();
        assertSame(services.connect("wss://one.livekit.cloud", "APIkey", "secret-1"),
                services.connect("https://one.livekit.cloud/", "APIkey", "secret-1"));
        assertNotSame(services.connect("wss://one.livekit.cloud", "APIkey", "secret-1"),
                services.connect("wss://one.livekit.cloud", "APIkey", "secret-2"));
    }
}
