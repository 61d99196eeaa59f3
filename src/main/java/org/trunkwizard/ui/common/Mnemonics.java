package org.trunkwizard.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

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
}
