package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.ui.common.Theme;
import org.trunkwizard.ui.wizard.Step;
import org.trunkwizard.ui.wizard.WindowSize;

/** At the minimum size, 800×600, light and dark, no button, label or choice on any page shows its text cut short ("Call my p…"). */
class SmallWindowTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Theme.apply(false));
    }

    @Test
    void nothingIsCutShortLight(FxRobot robot) throws Exception {
        walk(robot, false);
    }

    @Test
    void nothingIsCutShortDark(FxRobot robot) throws Exception {
        walk(robot, true);
    }

    private void walk(FxRobot robot, boolean dark) throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(800, stage.getMinWidth());
        org.junit.jupiter.api.Assertions.assertEquals(600, stage.getMinHeight());
        robot.interact(() -> {
            Theme.apply(dark);
            stage.setWidth(WindowSize.MIN_WIDTH);
            stage.setHeight(WindowSize.MIN_HEIGHT);
        });
        toConnectionWithProblems(robot);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> wizard.go(Step.PROJECT));
        for (Step s : Step.values()) {
            if (s == Step.CREATE) {
                continue;
            }
            if (s == Step.CONNECTION) {
                // With a problem beside it: the "Test connection" shrank to "..." next to a message.
                cut.addAll(truncated(robot, s));
                robot.interact(() -> {
                    model().address.set("acme.pstn.twilio.com");
                    model().numbersText.set("+1 650 253 0000");
                });
            }
            if (s == Step.DONE) {
                clickNext(robot);
                waitUntil(() -> step() == Step.DONE);
            } else if (s != Step.PROJECT) {
                clickNext(robot);
            }
            assertShows(robot, s);
            cut.addAll(truncated(robot, s));
            if (s == Step.DONE) {
                robot.interact(() -> robot.lookup("#callTo").query().requestFocus());
                Screens.shoot(robot, stage.getScene(), "small-800x600-done" + (dark ? "-dark" : "") + ".png");
            }
        }
        assertTrue(cut.isEmpty(), (dark ? "dark: " : "light: ") + "cut short at 800x600: " + cut);
    }

    private List<String> truncated(FxRobot robot, Step s) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            collect(stage.getScene().getRoot(), s, out);
            // Words kept whole must not push the page out sideways instead: nothing reaches past the viewport.
            javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) stage.getScene()
                    .lookup("#scroller");
            Bounds view = scroller.localToScene(scroller.getBoundsInLocal());
            Node page = stage.getScene().lookup("#pageHolder");
            Bounds content = page.localToScene(page.getBoundsInLocal());
            if (content.getMaxX() > view.getMaxX() + 1) {
                out.add(s + ": the page is " + Math.round(content.getWidth()) + " px wide, wider than the window");
            }
        });
        return out;
    }

    static void collect(Node n, Step s, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && t.getStyleClass().contains("text") && t.isVisible()
                        && !full.equals(t.getText()) && !full.replace("\n", " ").equals(t.getText())) {
                    out.add(s + ": \"" + t.getText() + "\" for \"" + full + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, s, out);
            }
        }
    }
}
