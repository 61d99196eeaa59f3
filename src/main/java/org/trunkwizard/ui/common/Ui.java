package org.trunkwizard.ui.common;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.trunkwizard.i18n.Messages;

/** Small helpers the pages share. */
public final class Ui {

    private Ui() {
    }

    /**
     * Buttons and one-line labels never give up their words for "…" when the window is small: the text fields
     * beside them shrink instead (issue 12: "Call my p…" at 800×600). Call again for nodes added later.
     */
    public static void keepWords(javafx.scene.Node n) {
        if ((n instanceof javafx.scene.control.ButtonBase || n instanceof Label l && !l.isWrapText())
                && ((javafx.scene.layout.Region) n).getMinWidth() == javafx.scene.layout.Region.USE_COMPUTED_SIZE) {
            // A width the FXML chose (a column's) stays.
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        } else if (n instanceof javafx.scene.control.TextField f) {
            f.setMinWidth(Math.min(f.getMinWidth() > 0 ? f.getMinWidth() : 80, 80));
        }
        if (n instanceof javafx.scene.Parent p && !(n instanceof javafx.scene.control.Control)) {
            p.getChildrenUnmodifiable().forEach(Ui::keepWords);
        }
    }

    /** A message whose key is built at run time (prefix + name); literal keys go through Messages.get directly. */
    public static String text(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Copies and lets the button say so for a moment ("✔ Copied"), without the row jumping: the button keeps at
     * least its old width while the word is swapped.
     */
    public static void copy(String text, javafx.event.ActionEvent e) {
        copy(text);
        if (!(e.getSource() instanceof javafx.scene.control.Labeled b)) {
            return;
        }
        Object original = b.getProperties().computeIfAbsent("copy.text", k -> b.getText());
        b.setMinWidth(Math.max(b.getMinWidth(), b.getWidth()));
        b.setText(Messages.get("ui.copied"));
        b.setAccessibleHelp(Messages.get("ui.copied"));
        javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        back.setOnFinished(x -> {
            b.setText((String) original);
            b.setAccessibleHelp(null);
        });
        Object running = b.getProperties().put("copy.timer", back);
        if (running instanceof javafx.animation.PauseTransition t) {
            t.stop();
        }
        back.play();
    }

    /**
     * Keeps a group of radio buttons and a model property in step both ways. Each button carries its value as
     * user data; a null property value leaves every button unselected.
     */
    public static <T> void bindChoice(ToggleGroup group, Map<T, ? extends Toggle> buttons, ObjectProperty<T> value) {
        buttons.forEach((v, b) -> b.setUserData(v));
        group.selectToggle(value.get() == null ? null : buttons.get(value.get()));
        value.addListener((o, was, now) -> {
            Toggle wanted = now == null ? null : buttons.get(now);
            if (group.getSelectedToggle() != wanted) {
                group.selectToggle(wanted);
            }
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked") // every toggle's user data was set above from the map's keys
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    public static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /**
     * Runs {@code work} once the window has painted its first frame: an animation timer's second pulse comes after
     * the first one was rendered. Slow starts (keychain, phone data, the draft) go here, never before the frame.
     */
    public static void afterFirstFrame(Runnable work) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
