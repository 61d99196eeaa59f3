package org.trunkwizard.ui.wizard;

import java.util.List;
import org.trunkwizard.ui.common.Ui;

/** The wizard's pages, in order. Each names its FXML and the trunk fields whose errors keep Next disabled. */
public enum Step {
    PROJECT("project", List.of("livekit_url", "api_key", "api_secret")),
    CARRIER("carrier", List.of("carrier")),
    BASIC("basic", List.of("name")),
    CONNECTION("connection", List.of("address", "transport", "numbers", "destination_country")),
    OPTIONAL("optional", List.of("media_encryption", "auth_username", "auth_password", "headers")),
    REVIEW("review", List.of()),
    CREATE("create", List.of()),
    DONE("done", List.of());

    private final String id;
    private final List<String> fields;

    Step(String id, List<String> fields) {
        this.id = id;
        this.fields = fields;
    }

    /** Done's page lives with its actions in {@code ui.done}; every other page beside this class. */
    String fxml() {
        return "/org/trunkwizard/ui/" + (this == DONE ? "done/" : "wizard/") + id + ".fxml";
    }

    /** Keys {@code ui.step.<id>.title} and {@code ui.step.<id>.intro}. */
    public String title() {
        return Ui.text("ui.step." + id + ".title");
    }

    String intro() {
        return Ui.text("ui.step." + id + ".intro");
    }

    List<String> fields() {
        return fields;
    }

    /** The step that shows a field, so a server's complaint about it can be shown there. */
    static Step owning(String field) {
        String base = field.replaceFirst("\\[.*$", "");
        for (Step s : values()) {
            if (s.fields.contains(base)) {
                return s;
            }
        }
        return REVIEW;
    }

    Step next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    Step previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
