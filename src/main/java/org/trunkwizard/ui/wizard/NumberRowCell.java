package org.trunkwizard.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Draws a {@link NumberRow}: E.164 in monospace, the country, the status with its icon. */
final class NumberRowCell extends ListCell<NumberRow> {

    private final Label number = new Label();
    private final Label country = new Label();
    private final Label status = new Label();
    private final HBox box = new HBox(16, number, country, status);

    NumberRowCell() {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        number.getStyleClass().add("mono");
        number.setMinWidth(150);
        country.setMinWidth(140);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        // Long explanations wrap within the row instead of being cut off.
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMinWidth(0);
        box.prefWidthProperty().bind(widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(NumberRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        number.setText(row.e164().isEmpty() ? row.raw() : row.e164());
        country.setText(row.country());
        status.setText(row.statusText());
        status.getStyleClass().removeAll("ok", "warning", "error");
        status.getStyleClass().add(row.styleClass());
        setGraphic(box);
        setAccessibleText(number.getText() + ", " + row.country() + ", " + row.statusText());
    }
}
