package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.ui.wizard.Step;

/** What a designer would check: a focus ring on radio buttons, headers over the numbers, a steady password field. */
class LooksTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void toPage(FxRobot robot, Step s) {
        fillValid(robot);
        for (int i = 0; i < s.ordinal(); i++) {
            clickNext(robot);
        }
        assertShows(robot, s);
    }

    @Test
    void aRadioButtonReachedWithTabShowsAFocusRing(FxRobot robot) {
        toPage(robot, Step.CONNECTION);
        RadioButton auto = robot.lookup("#auto").queryAs(RadioButton.class);
        Region dot = (Region) auto.lookup(".radio");
        javafx.scene.layout.Border before = dot.getBorder();
        javafx.scene.effect.Effect effectBefore = dot.getEffect();
        robot.clickOn("#address").type(KeyCode.TAB);
        assertTrue(auto.isFocused(), "Tab from the address reaches the transport");
        robot.interact(() -> auto.applyCss());
        boolean ringed = !java.util.Objects.equals(before, dot.getBorder())
                || !java.util.Objects.equals(effectBefore, dot.getEffect());
        assertTrue(ringed, "the focused radio looks different from an unfocused one");
    }

    @Test
    void theNumbersListHasHeadersOverItsColumns(FxRobot robot) {
        toPage(robot, Step.CONNECTION);
        Labeled header = robot.lookup("#numbersCountryHeader").query();
        assertEquals(Messages.get("ui.connection.numbers.column.country"), header.getText());
        assertTrue(header.isVisible());
        Node countryCell = robot.lookup(".number-rows .list-cell .label").nth(1).query();
        Bounds h = header.localToScene(header.getBoundsInLocal());
        Bounds c = countryCell.localToScene(countryCell.getBoundsInLocal());
        assertEquals(c.getMinX(), h.getMinX(), 6, "the header sits over its column");
    }

    @Test
    void showAndHideKeepThePasswordFieldsWidth(FxRobot robot) {
        toPage(robot, Step.OPTIONAL);
        Region hidden = robot.lookup("#hidden").query();
        double before = hidden.getWidth();
        robot.clickOn("#eye");
        Region shown = robot.lookup("#shown").query();
        assertEquals(before, shown.getWidth(), 0.5, "Show must not resize the field");
        robot.clickOn("#eye");
        assertEquals(before, hidden.getWidth(), 0.5, "nor Hide");
        assertNotEquals(0, before);
    }
}
