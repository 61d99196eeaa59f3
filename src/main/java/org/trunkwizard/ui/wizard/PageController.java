package org.trunkwizard.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.trunkwizard.ui.common.FieldFeedback;

/** What every page's controller shares: the model, the window, and the feedback lines under its fields. */
public abstract class PageController {

    protected WizardModel model;
    protected WizardController wizard;
    private final List<FieldFeedback> feedback = new ArrayList<>();

    final void attach(WizardModel m, WizardController w) {
        this.model = m;
        this.wizard = w;
        init();
    }

    /** Binds the page's controls to the model; called once, after FXML injection. */
    protected abstract void init();

    /** The control that gets the focus when the page appears. */
    protected abstract Node firstFocus();

    /** Called each time the page is shown. */
    protected void shown() {
    }

    protected final FieldFeedback feedback(String field, Control control, Label line, Supplier<String> hint) {
        FieldFeedback f = new FieldFeedback(field, control, line, hint);
        f.onTouched(() -> wizard.refresh());
        feedback.add(f);
        return f;
    }

    /**
     * Re-reads the rules' verdict for every field on the page; cheap, runs on each change.
     * @return true when an error is on screen
     */
    boolean refresh() {
        boolean shown = false;
        for (FieldFeedback f : feedback) {
            shown |= f.show(FieldProblems.of(model, f.field()), model.revealErrors.get());
        }
        return shown;
    }
}
