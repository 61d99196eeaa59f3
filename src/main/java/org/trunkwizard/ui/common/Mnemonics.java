package org.trunkwizard.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import org.trunkwizard.i18n.Messages;

/**
 * Keeps every Alt+letter reachable on a scene whose pages come and go.
 *
 * <p>JavaFX files a mnemonic under its letter as written ("Tel_nyx" under 'n', "_Next" under 'N'), matches a key
 * press against those entries ignoring case, and acts on the first entry that matches only. When a page leaves the
 * scene its controls' mnemonics are taken out, but their entry stays behind, empty. So once the Carrier page had
 * been shown, Alt+N reached the empty 'n' entry first on some pages (which one depends on the hash map's order as
 * pages are loaded) and Next was never pressed: the "Alt+N does nothing" of issue 12. Removing an entry as soon as
 * its last mnemonic goes leaves one entry per letter, provided a scene never uses a letter in both cases at once
 * (MnemonicsTest checks that on every page).
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    public static void dropEmptyEntries(Scene scene) {
        ObservableMap<KeyCombination, ObservableList<Mnemonic>> map = scene.getMnemonics();
        map.addListener((MapChangeListener<KeyCombination, ObservableList<Mnemonic>>) change -> {
            if (change.wasAdded()) {
                watch(map, change.getKey(), change.getValueAdded());
            }
        });
        map.forEach((key, list) -> watch(map, key, list));
    }

    private static void watch(ObservableMap<KeyCombination, ObservableList<Mnemonic>> map, KeyCombination key,
            ObservableList<Mnemonic> list) {
        list.addListener((ListChangeListener<Mnemonic>) c -> {
            if (list.isEmpty()) {
                // Not now: JavaFX empties these lists while it walks the map, and a removal would break its walk.
                Platform.runLater(() -> {
                    if (list.isEmpty() && map.get(key) == list) {
                        map.remove(key);
                    }
                });
            }
        });
    }

    /**
     * JavaFX underlines a button's letter only while Alt is held (the Windows and GNOME convention, with no public
     * switch to keep it on), so someone using the mouse never learns the keys. Each button with a letter names it
     * in its tooltip ("Alt+N", after any tooltip it already has). Not on macOS, where JavaFX has no such keys.
     */
    public static void nameKeysInTooltips(Scene scene) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        ObservableMap<KeyCombination, ObservableList<Mnemonic>> map = scene.getMnemonics();
        map.addListener((MapChangeListener<KeyCombination, ObservableList<Mnemonic>>) change -> {
            if (change.wasAdded()) {
                nameKeysOf(change.getValueAdded());
            }
        });
        map.values().forEach(Mnemonics::nameKeysOf);
    }

    private static void nameKeysOf(ObservableList<Mnemonic> list) {
        list.addListener((ListChangeListener<Mnemonic>) c -> name(list));
        name(list);
    }

    private static void name(List<Mnemonic> list) {
        for (Mnemonic m : List.copyOf(list)) {
            if (m.getNode() instanceof Button b && b.getText() != null && b.getText().indexOf('_') >= 0
                    && b.getText().indexOf('_') < b.getText().length() - 1) {
                nameKey(b);
            }
        }
    }

    private static final String OWN_TIP = Mnemonics.class.getName() + ".ownTip";

    private static void nameKey(Button b) {
        String text = b.getText();
        String key = Messages.get("ui.mnemonic.key",
                String.valueOf(text.charAt(text.indexOf('_') + 1)).toUpperCase(Locale.ROOT));
        // The button's own words are kept apart, so a later change of its letter does not pile keys up.
        String own = (String) b.getProperties().computeIfAbsent(OWN_TIP,
                k -> b.getTooltip() == null ? "" : b.getTooltip().getText());
        String tip = own.isBlank() ? key : Messages.get("ui.mnemonic.withTip", own, key);
        if (b.getTooltip() == null) {
            b.setTooltip(new Tooltip(tip));
        } else if (!tip.equals(b.getTooltip().getText())) {
            b.getTooltip().setText(tip);
        }
    }
}
