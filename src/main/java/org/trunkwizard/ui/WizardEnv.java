package org.trunkwizard.ui;

import java.nio.file.Path;
import java.util.Objects;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;

/**
 * What the window needs from outside: where to keep the draft and how to reach LiveKit.
 */
public record WizardEnv(Path configDir, TrunkServiceFactory services) {

    public WizardEnv {
        Objects.requireNonNull(configDir);
        Objects.requireNonNull(services);
    }

    public static WizardEnv standard() {
        return new WizardEnv(AppDirs.configDir(),
                (url, key, secret) -> new SipApi(LiveKitConnection.of(url, key, secret)));
    }

    Path draftFile() {
        return configDir.resolve("draft.json");
    }

    Path windowFile() {
        return configDir.resolve("window.properties");
    }
}
