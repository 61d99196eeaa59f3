package org.trunkwizard.ui;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.trunkwizard.validation.Problem;

/**
 * The line under a field and the mark on the field itself: a grey hint, an amber warning or a red error, always
 * with an icon and words so colour is never the only signal. The same text becomes the control's accessible help.
 */
final class FieldFeedback {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final GraphicValidationDecoration DECORATION = new InsideRightDecoration();

    private final String field;
    private final Control control;
    private final Label line;
    private final Supplier<String> hint;

    /**
     * @param hint the grey line when nothing is wrong (a normalized value, a one-line explanation); may give ""
     */
    FieldFeedback(String field, Control control, Label line, Supplier<String> hint) {
        this.field = field;
        this.control = control;
        this.line = line;
        this.hint = hint;
        line.setWrapText(true);
        line.getStyleClass().add("field-line");
    }

    String field() {
        return field;
    }

    void show(List<Problem> problems) {
        Decorator.removeAllDecorations(control);
        line.getStyleClass().removeAll("error", "warning", "hint");
        boolean error = problems.stream().anyMatch(Problem::isError);
        control.pseudoClassStateChanged(DANGER, error);
        control.pseudoClassStateChanged(WARNING, !error && !problems.isEmpty());
        if (problems.isEmpty()) {
            String h = hint.get();
            line.setText(h);
            line.getStyleClass().add("hint");
            line.setVisible(!h.isEmpty());
            line.setManaged(!h.isEmpty());
            control.setAccessibleHelp(h);
            return;
        }
        String text = problems.stream().map(FieldFeedback::sentence).collect(Collectors.joining("\n"));
        line.setText(text);
        line.getStyleClass().add(error ? "error" : "warning");
        line.setVisible(true);
        line.setManaged(true);
        control.setAccessibleHelp(text);
        if (control.getScene() != null) {
            DECORATION.applyValidationDecoration(error
                    ? ValidationMessage.error(control, problems.get(0).message())
                    : ValidationMessage.warning(control, problems.get(0).message()));
        }
    }

    /** ControlsFX's icon, placed inside the field's right end instead of half outside its bottom-left corner. */
    private static final class InsideRightDecoration extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -14, 0));
        }
    }

    /** "✖ The address is empty. Type your carrier's SIP address…" */
    static String sentence(Problem p) {
        String icon = p.isError() ? "\u2716 " : "\u26A0 ";
        return icon + p.message() + (p.hint().isEmpty() ? "" : " " + p.hint());
    }
}
