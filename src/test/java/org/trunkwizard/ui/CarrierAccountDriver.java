package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trunkwizard.ui.wizard.WizardController;

/** Drives the carrier-account window as a user does: by its fields and buttons, reading what it shows. */
final class CarrierAccountDriver {

    private final FxRobot robot;

    CarrierAccountDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** On the Carrier page: the offer is shown for the chosen carrier; pressing it opens the window. */
    Stage open(WizardController wizard) throws TimeoutException {
        Button offer = robot.lookup("#carrierSetupButton").queryButton();
        assertTrue(offer.isVisible(), "the Carrier page offers to set the account up");
        robot.interact(offer::fire);
        waitUntil(() -> wizard.carrierAccountStage() != null && wizard.carrierAccountStage().isShowing());
        return wizard.carrierAccountStage();
    }

    <T extends Node> T find(String id) {
        return robot.lookup(id).query();
    }

    void type(String id, String text) {
        robot.interact(() -> ((TextInputControl) find(id)).setText(text));
    }

    void press(String id) {
        Button b = find(id);
        assertTrue(b.isVisible() && !b.isDisabled(), id + " should be there to press");
        robot.interact(b::fire);
    }

    String text(String id) {
        return ((Labeled) find(id)).getText();
    }

    String title() {
        return text("#carrierAccountTitle");
    }

    /** Connect, then wait for the Numbers page. */
    void connect() throws TimeoutException {
        press("#carrierNext");
        waitUntil(() -> title().startsWith("2."));
    }

    /** From Numbers (what is ticked) to the Plan page. */
    ListView<String> plan() throws TimeoutException {
        press("#carrierNext");
        waitUntil(() -> title().startsWith("3."));
        return find("#carrierPlan");
    }

    /** From Plan: Apply, and wait until the run has ended (either way). */
    String apply() throws TimeoutException {
        press("#carrierNext");
        return waitForEnd();
    }

    String waitForEnd() throws TimeoutException {
        waitUntil(() -> title().startsWith("4.") && !find("#carrierNext").isDisabled());
        return text("#carrierStatus");
    }

    ListView<String> steps() {
        return find("#carrierSteps");
    }

    void assertMatch(String status) {
        assertEquals("\u2714 Both sides match.", status, "after: " + steps().getItems() + " / "
                + text("#carrierDifferences"));
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
