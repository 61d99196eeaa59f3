package org.trunkwizard.ui.credentials;

import javafx.scene.control.TableCell;

/**
 * A table cell that wraps its words onto more lines instead of cutting them to "…" when its column is narrow (issue
 * 12: at 800×600 the Credentials window showed "ST_acm…"). The row asks its cells for a height without a width, so
 * the cell answers for its column's width: otherwise the row stays one line high and the wrapped words are cut anyway.
 */
class WrappingCell<S, T> extends TableCell<S, T> {

    WrappingCell() {
        setWrapText(true);
        // Lines come and go as the column is resized: the row must ask again.
        tableColumnProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.widthProperty().addListener(w -> requestLayout());
            }
        });
    }

    @Override
    protected double computePrefHeight(double width) {
        double columnWidth = getTableColumn() == null ? -1 : getTableColumn().getWidth();
        return super.computePrefHeight(width > 0 ? width : columnWidth);
    }

    /** The plain column: its value as text. */
    static <S> WrappingCell<S, String> ofText() {
        return new WrappingCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
    }
}
