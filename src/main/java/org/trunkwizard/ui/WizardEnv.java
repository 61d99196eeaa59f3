package org.trunkwizard.ui;

import java.nio.file.Path;
import java.util.Objects;
import org.trunkwizard.config.AppDirs;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.validation.Problem;

/**
 * What the window needs from outside: where to keep the draft and how to reach LiveKit.
 * Lead: {@link #standard()} is the place to plug the real SipApi in.
 */
public record WizardEnv(Path configDir, TrunkServiceFactory services) {

    public WizardEnv {
        Objects.requireNonNull(configDir);
        Objects.requireNonNull(services);
    }

    public static WizardEnv standard() {
        return new WizardEnv(AppDirs.configDir(), (url, key, secret) -> {
            throw new ApiException(Problem.error("livekit_url", Messages.get("ui.service.missing"), ""), false,
                    null);
        });
    }

    Path draftFile() {
        return configDir.resolve("draft.json");
    }

    Path windowFile() {
        return configDir.resolve("window.properties");
    }
}
