package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.ui.wizard.Step;

/** Alt + the underlined letter: one control per letter on every page, and Alt+N is Next. */
class MnemonicsTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyPageHasUniqueMnemonicsAndAltNIsNext(FxRobot robot) throws Exception {
        fillValid(robot);
        List<String> clashes = new ArrayList<>();
        for (Step s : Step.values()) {
            if (s == Step.CREATE) {
                continue;
            }
            if (s == Step.DONE) {
                clickNext(robot);
                // A create on a busy machine can take more than waitUntil's five seconds.
                org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> step() == Step.DONE);
            } else if (s != Step.PROJECT) {
                // Through the keyboard, as the issue asks: Alt+N moves on.
                Step was = step();
                robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
                try {
                    waitUntil(() -> step() == s);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("Alt+N did not leave " + was + "; focus on "
                            + stage.getScene().getFocusOwner(), e);
                }
            }
            assertShows(robot, s);
            clashes.addAll(clashesOn(robot, s));
            clashes.addAll(caseTwinsOn(robot, s));
            clashes.addAll(buttonsThatHideTheirKey(robot, s));
            pressEachLabel(robot, s);
        }
        assertTrue(clashes.isEmpty(), "letters used twice or not named: " + clashes);
    }

    @Test
    void altNIsNext(FxRobot robot) throws Exception {
        fillValid(robot);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> step() == Step.CARRIER);
    }

    /**
     * The admin's walk: a radio button has the focus (the keyboard just chose an option) and Alt+N moves on, on
     * every page that has one. JavaFX acts on the first entry for a letter in either case, so an entry left behind
     * by a page no longer shown (the Carrier page's "Tel_nyx", as it read then) used to swallow Alt+N on later pages.
     */
    @Test
    void altNWithARadioButtonFocusedIsNextOnEveryPage(FxRobot robot) throws Exception {
        fillValid(robot);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> step() == Step.CARRIER);
        List<Step> withRadios = new ArrayList<>();
        while (step() != Step.REVIEW) {
            Step was = step();
            javafx.scene.control.RadioButton radio = robot.lookup(".radio-button").queryAll().stream()
                    .filter(n -> n.getScene() == stage.getScene() && shown(n) && !n.isDisabled())
                    .map(javafx.scene.control.RadioButton.class::cast).findFirst().orElse(null);
            if (radio != null) {
                withRadios.add(was);
                robot.interact(radio::requestFocus);
                assertEquals(radio, stage.getScene().getFocusOwner(), was + ": focus on " + radio.getText());
            }
            robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
            try {
                waitUntil(() -> step() != was);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("Alt+N did not leave " + was + " with the focus on "
                        + stage.getScene().getFocusOwner(), e);
            }
        }
        assertEquals(List.of(Step.CARRIER, Step.BASIC, Step.CONNECTION, Step.OPTIONAL), withRadios,
                "the pages walked with a radio button focused");
    }

    /**
     * JavaFX underlines a letter only while Alt is held (the Windows and GNOME convention), so a mouse user never
     * learns the keys: each button with a letter says it in its tooltip, e.g. "Alt+N".
     */
    private List<String> buttonsThatHideTheirKey(FxRobot robot, Step s) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> stage.getScene().getMnemonics().values().forEach(list -> list.forEach(m -> {
            if (m.getNode() instanceof javafx.scene.control.Button b && b.getScene() == stage.getScene() && shown(b)
                    && b.getText().contains("_")) {
                String key = "Alt+" + Character.toUpperCase(mnemonicOf(b.getText()));
                String tip = b.getTooltip() == null ? "" : b.getTooltip().getText();
                if (!tip.contains(key)) {
                    out.add(s + ": " + b.getText() + " has no tooltip naming " + key + " (" + tip + ")");
                }
            }
        })));
        return out;
    }

    /** Alt + a label's letter puts the focus in its field (buttons and choices act, so they are not pressed). */
    private void pressEachLabel(FxRobot robot, Step s) {
        List<javafx.scene.control.Label> labels = new ArrayList<>();
        robot.interact(() -> stage.getScene().getMnemonics().values().forEach(list -> list.forEach(m -> {
            if (m.getNode() instanceof javafx.scene.control.Label l && l.getLabelFor() != null
                    && l.getScene() == stage.getScene() && shown(l) && !l.isDisabled()) {
                labels.add(l);
            }
        })));
        for (javafx.scene.control.Label l : labels) {
            KeyCode key = KeyCode.getKeyCode(String.valueOf(mnemonicOf(l.getText())).toUpperCase(java.util.Locale.ROOT));
            robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertEquals(l.getLabelFor(), stage.getScene().getFocusOwner(), s + ": Alt+" + key + " (" + l.getText() + ")");
        }
    }

    private static char mnemonicOf(String text) {
        return text.charAt(text.indexOf('_') + 1);
    }

    /** The visible, enabled controls each Alt+letter would reach on this page. */
    private List<String> clashesOn(FxRobot robot, Step s) {
        Map<String, List<String>> byKey = new TreeMap<>();
        robot.interact(() -> {
            ObservableList<Mnemonic> none = javafx.collections.FXCollections.observableArrayList();
            for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e : stage.getScene().getMnemonics().entrySet()) {
                for (Mnemonic m : e.getValue() == null ? none : e.getValue()) {
                    Node n = m.getNode();
                    if (n.getScene() == stage.getScene() && shown(n) && !n.isDisabled()) {
                        // Alt+c and Alt+C are the same keys: a clash is a clash whatever the letter's case.
                        byKey.computeIfAbsent(e.getKey().getName().toUpperCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                                .add(n instanceof Labeled l ? l.getText() : n.toString());
                    }
                }
            }
        });
        List<String> out = new ArrayList<>();
        byKey.forEach((k, nodes) -> {
            if (nodes.size() > 1) {
                out.add(s + " " + k + " " + nodes);
            }
        });
        return out;
    }

    /**
     * A letter in both cases among the scene's mnemonics (shown or not) leaves two entries, and JavaFX acts on
     * whichever its hash map lists first: one of the two controls can never be reached.
     */
    private List<String> caseTwinsOn(FxRobot robot, Step s) {
        Map<String, List<String>> byKey = new TreeMap<>();
        robot.interact(() -> stage.getScene().getMnemonics().forEach((key, list) -> {
            if (list != null && !list.isEmpty()) {
                byKey.computeIfAbsent(key.getName().toUpperCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                        .add(key.getName());
            }
        }));
        List<String> out = new ArrayList<>();
        byKey.forEach((k, names) -> {
            if (names.size() > 1) {
                out.add(s + " both cases " + names);
            }
        });
        // An entry whose controls all left the scene answers Alt+letter with nothing.
        robot.interact(() -> stage.getScene().getMnemonics().forEach((key, list) -> {
            if (list == null || list.isEmpty()) {
                out.add(s + " empty entry " + key.getName());
            }
        }));
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
