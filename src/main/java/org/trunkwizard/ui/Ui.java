package org.trunkwizard.ui;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.trunkwizard.i18n.Messages;

/** Small helpers the pages share. */
final class Ui {

    private Ui() {
    }

    /** A message whose key is built at run time (prefix + name); literal keys go through Messages.get directly. */
    static String text(String key, Object... args) {
        return Messages.get(key, args);
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
