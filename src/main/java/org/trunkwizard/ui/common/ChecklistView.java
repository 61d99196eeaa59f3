package org.trunkwizard.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.trunkwizard.carriers.Checklist;
import org.trunkwizard.carriers.ChecklistItem;
import org.trunkwizard.carriers.CopyValue;
import org.trunkwizard.i18n.Messages;

/** A checklist as tick boxes, each with its explanation and every value to paste beside a Copy button. */
public final class ChecklistView {

    private ChecklistView() {
    }

    /**
     * @param extras nodes to show inside an item, by item id (the Done page's actions live in their steps)
     * @param skip   item ids not to show
     */
    public static List<Node> render(Checklist list, Map<String, Node> extras, List<String> skip) {
        List<Node> out = new ArrayList<>();
        for (ChecklistItem item : list.items()) {
            if (!skip.contains(item.id())) {
                out.add(item(item, extras.get(item.id())));
            }
        }
        return out;
    }

    /** Node ids can hold no dots: {@code twilio.termination} is {@code item-twilio-termination}. */
    public static String nodeId(String itemId) {
        return "item-" + itemId.replace('.', '-');
    }

    private static Node item(ChecklistItem item, Node extra) {
        CheckBox box = new CheckBox(item.title());
        box.setMnemonicParsing(false);
        box.getStyleClass().add("checklist-title");
        Label about = Ui.wrapping(item.explanation());
        about.getStyleClass().add("choice-about");
        VBox entry = new VBox(2, box, about);
        entry.setId(nodeId(item.id()));
        if (!item.values().isEmpty()) {
            GridPane values = new GridPane();
            values.setHgap(8);
            values.setVgap(4);
            values.getStyleClass().add("choice-about");
            int row = 0;
            for (CopyValue v : item.values()) {
                values.addRow(row++, valueRow(item.title(), v));
            }
            entry.getChildren().add(values);
        }
        if (extra != null) {
            entry.getChildren().add(extra);
        }
        return entry;
    }

    private static Node[] valueRow(String itemTitle, CopyValue v) {
        Label label = new Label(v.label());
        label.getStyleClass().add("hint");
        TextField value = new TextField(v.value());
        value.setEditable(false);
        value.setPrefColumnCount(Math.min(48, Math.max(12, v.value().length() + 2)));
        value.getStyleClass().addAll("mono", "copy-value");
        value.setAccessibleText(v.label());
        label.setLabelFor(value);
        Button copy = new Button(Messages.get("ui.done.copyValue"));
        copy.setMnemonicParsing(false);
        copy.setOnAction(e -> Ui.copy(v.value(), e));
        copy.setAccessibleText(Messages.get("ui.carriers.copy.accessible", v.label(), itemTitle));
        return new Node[] {label, value, copy};
    }
}
