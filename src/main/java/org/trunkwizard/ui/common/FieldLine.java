package org.trunkwizard.ui.common;

import javafx.scene.control.Label;
import org.trunkwizard.validation.Problem;

/** The one line under a field of the Done page's actions: a grey hint, or a problem with its icon and fix. */
public final class FieldLine {

    private FieldLine() {
    }

    public static void hint(Label line, String text) {
        set(line, text, "hint");
    }

    public static void show(Label line, Problem p) {
        set(line, FieldFeedback.sentence(p), p.isError() ? "error" : "warning");
    }

    /** A result in words: green for success, red for a failure, always with an icon. */
    public static void result(Label line, String text, boolean ok) {
        set(line, (ok ? "\u2714 " : "\u2716 ") + text, ok ? "ok" : "error");
    }

    private static void set(Label line, String text, String style) {
        line.getStyleClass().removeAll("hint", "error", "warning", "ok");
        line.getStyleClass().add(style);
        line.setText(text);
        line.setAccessibleText(text);
    }
}
