package org.trunkwizard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * What the LiveKit project step needs before "Test connection" can work. Lead: move to validation (or livekit's
 * project type) once one exists there; kept here so the window does not wait for it.
 */
final class ProjectFieldChecks {

    private ProjectFieldChecks() {
    }

    static List<Problem> check(String url, String apiKey, String apiSecret) {
        List<Problem> problems = new ArrayList<>();
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            problems.add(Problem.error("livekit_url", Messages.get("ui.project.url.required"),
                    Messages.get("ui.project.url.hint")));
        } else if (!u.matches("(wss?|https?)://[^\\s/]+.*")) {
            problems.add(Problem.error("livekit_url", Messages.get("ui.project.url.scheme"),
                    Messages.get("ui.project.url.hint")));
        }
        if (apiKey.isBlank()) {
            problems.add(Problem.error("api_key", Messages.get("ui.project.key.required"),
                    Messages.get("ui.project.key.hint")));
        }
        if (apiSecret.isBlank()) {
            problems.add(Problem.error("api_secret", Messages.get("ui.project.secret.required"),
                    Messages.get("ui.project.key.hint")));
        }
        return problems;
    }
}
