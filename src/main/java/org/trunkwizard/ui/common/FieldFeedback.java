package org.trunkwizard.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
public final class FieldFeedback {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final GraphicValidationDecoration DECORATION = new InsideRightDecoration();

    private final String field;
    private final Control control;
    private final Label line;
    private final Supplier<String> hint;
    private final boolean markControl;
    /**
     * Until the user has been in the field (or it holds a value), an error is not shouted at them: the grey hint
     * stays, and the footer says what is missing. Warnings and hints show at once.
     */
    private boolean touched;
    private Runnable onTouched = () -> { };
    private java.util.function.UnaryOperator<List<Problem>> condense = java.util.function.UnaryOperator.identity();
    /** ControlsFX swaps the scene's root on first use: only call it when there is a mark to add or remove. */
    private boolean decorated;

    /**
     * @param hint the grey line when nothing is wrong (a normalized value, a one-line explanation); may give ""
     */
    public FieldFeedback(String field, Control control, Label line, Supplier<String> hint) {
        this.field = field;
        this.control = control;
        this.line = line;
        this.hint = hint;
        // A mark on one radio button of a group would point at the wrong choice: groups get the line only.
        this.markControl = control instanceof TextInputControl;
        control.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !touched) {
                touched = true;
                onTouched.run();
            }
        });
        if (control instanceof TextInputControl text) {
            touched = !text.getText().isEmpty();
            // The model hears of the change (and the page is redrawn) before this listener runs: a single change,
            // such as a paste, a drop or a preset, would otherwise stay unchecked until the next one.
            text.textProperty().addListener((o, was, now) -> {
                if (!touched) {
                    touched = true;
                    onTouched.run();
                }
            });
        } else {
            touched = true;
        }
        line.setWrapText(true);
        line.getStyleClass().add("field-line");
    }

    public String field() {
        return field;
    }

    /** Leaving an empty field reveals its error: the page must be redrawn then, though no value changed. */
    public void onTouched(Runnable r) {
        onTouched = r;
    }

    /** For a field whose details are shown elsewhere (the numbers' rows): what to say under it instead. */
    public FieldFeedback condensing(java.util.function.UnaryOperator<List<Problem>> c) {
        condense = c;
        return this;
    }

    /** For a choice nobody has made yet: its "choose one" error waits like an empty field's. */
    public FieldFeedback untilChosen(javafx.beans.value.ObservableValue<?> choice) {
        touched = choice.getValue() != null;
        choice.addListener((o, was, now) -> {
            if (!touched) {
                touched = true;
                onTouched.run();
            }
        });
        return this;
    }

    /**
     * Shows the problems; returns true when an error is on screen. An untouched field's error is shown too (the
     * footer counts it, so the field must say it), but quietly: muted words, no red mark, until the user has been
     * there. That counts as not on screen, so the footer can say "fill in" instead of shouting.
     */
    public boolean show(List<Problem> all, boolean reveal) {
        touched |= reveal;
        // Errors first: the line's colour follows its first entry, and what blocks Next matters most.
        List<Problem> problems = condense.apply(all).stream()
                .sorted(java.util.Comparator.comparing(p -> !p.isError()))
                .toList();
        if (decorated) {
            Decorator.removeAllDecorations(control);
            decorated = false;
        }
        line.getStyleClass().removeAll("error", "warning", "hint", "pending");
        boolean error = problems.stream().anyMatch(Problem::isError);
        boolean pending = error && !touched;
        control.pseudoClassStateChanged(DANGER, error && !pending);
        control.pseudoClassStateChanged(WARNING, !error && !problems.isEmpty());
        if (problems.isEmpty()) {
            String h = hint.get();
            line.setText(h);
            line.getStyleClass().add("hint");
            line.setVisible(!h.isEmpty());
            line.setManaged(!h.isEmpty());
            control.setAccessibleHelp(h);
            return false;
        }
        String text = problems.stream().map(FieldFeedback::sentence).collect(Collectors.joining("\n"));
        line.setText(text);
        line.getStyleClass().add(pending ? "pending" : error ? "error" : "warning");
        line.setVisible(true);
        line.setManaged(true);
        control.setAccessibleHelp(text);
        if (markControl && !pending && control.getScene() != null) {
            decorated = true;
            DECORATION.applyValidationDecoration(error
                    ? ValidationMessage.error(control, problems.get(0).message())
                    : ValidationMessage.warning(control, problems.get(0).message()));
        }
        return error && !pending;
    }

    /** ControlsFX's icon, placed inside the field's right end instead of half outside its bottom-left corner. */
    private static final class InsideRightDecoration extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.CENTER_RIGHT, -14, 0));
        }
    }

    /** "✖ The address is empty. Type your carrier's SIP address…" */
    public static String sentence(Problem p) {
        String icon = p.isError() ? "\u2716 " : "\u26A0 ";
        return icon + p.message() + (p.hint().isEmpty() ? "" : " " + p.hint());
    }
}
