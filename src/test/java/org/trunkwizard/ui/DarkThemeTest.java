package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.trunkwizard.ui.common.OsAppearance;
import org.trunkwizard.ui.common.Theme;
import org.trunkwizard.ui.wizard.Step;

/**
 * The dark theme: chosen by the OS or by -Dtrunkwizard.theme, and readable (every piece of text stands out from
 * what is behind it). Renders target/screenshots/04b-connection-problems-dark.png.
 */
class DarkThemeTest extends WizardTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Every other test runs light: leave no dark behind. */
    @AfterEach
    void backToLight(FxRobot robot) {
        System.clearProperty(OsAppearance.PROPERTY);
        robot.interact(() -> Theme.apply(false));
    }

    private Color background() {
        return backgroundBehind(stage.getScene().getRoot());
    }

    private static boolean isDark(Color c) {
        return luminance(c) < 0.1;
    }

    @Test
    void theOverrideWinsWithoutAskingTheOsAndProblemsStayReadable(FxRobot robot) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        OsAppearance os = new OsAppearance("Linux", k -> null, (c, t) -> {
            asked.incrementAndGet();
            return Optional.of("'default'");
        });
        System.setProperty(OsAppearance.PROPERTY, "dark");
        robot.interact(() -> Theme.followOs(os));
        assertTrue(isDark(background()), "dark at once: " + background());

        toConnectionWithProblems(robot);
        assertShows(robot, Step.CONNECTION);
        assertLine(robot, "#addressLine", "error", "user name");
        Screens.shoot(robot, stage.getScene(), "04b-connection-problems-dark.png");
        assertReadable(robot, stage.getScene());
        assertEquals(0, asked.get(), "the property decides: the OS is not asked");
    }

    @Test
    void anOsThatPrefersDarkTurnsTheWindowDarkAfterItsFirstFrame(FxRobot robot) throws Exception {
        assertTrue(!isDark(background()), "tests start light");
        List<String> probeThreads = new ArrayList<>();
        OsAppearance os = new OsAppearance("Linux", k -> null, (c, t) -> {
            probeThreads.add(Thread.currentThread().getName());
            return Optional.of("'prefer-dark'\n");
        });
        robot.interact(() -> Theme.followOs(os));
        waitUntil(() -> isDark(background()));
        assertEquals(List.of("theme-probe"), probeThreads, "asked once, off the FX thread");
        fillValid(robot);
        toReview(robot);
        assertReadable(robot, stage.getScene());
        clickNext(robot);
        waitUntil(() -> step() == Step.DONE);
        assertReadable(robot, stage.getScene());

        // The other windows follow the same theme.
        robot.interact(() -> robot.lookup("#credentialsButton").queryButton().fire());
        waitUntil(() -> robot.lookup(".credentials").tryQuery().isPresent());
        Scene credentials = robot.lookup(".credentials").query().getScene();
        assertTrue(isDark(backgroundBehind(credentials.getRoot())), "the credentials window is dark too");
        assertReadable(robot, credentials);
        robot.interact(() -> credentials.getWindow().hide());
        robot.interact(() -> robot.lookup("#helpButton").queryButton().fire());
        Scene help = robot.lookup("#helpText").query().getScene();
        assertReadable(robot, help);
        robot.interact(() -> help.getWindow().hide());
    }

    /** WCAG's 4.5:1 for text, against the nearest background actually painted behind it. */
    private static void assertReadable(FxRobot robot, Scene scene) {
        List<String> poor = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : all(scene.getRoot())) {
                if (n instanceof Labeled l && shown(l) && !l.isDisabled() && l.getText() != null && !l.getText().isBlank()
                        && l.getTextFill() instanceof Color fg) {
                    double ratio = contrast(fg, backgroundBehind(l));
                    if (ratio < 4.5) {
                        poor.add(String.format("%s %s: %.1f", l.getStyleClass(), l.getText(), ratio));
                    }
                }
            }
        });
        if (!poor.isEmpty()) {
            fail("too little contrast: " + poor);
        }
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> all(Node n) {
        List<Node> out = new ArrayList<>();
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(all(c));
            }
        }
        return out;
    }

    private static Color backgroundBehind(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof Region r && r.getBackground() != null) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.5) {
                        return c;
                    }
                }
            }
        }
        return (Color) n.getScene().getFill();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
