package org.trunkwizard.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * Create's one question before sending a trunk that LiveKit accepts but that cannot place calls (the project's own
 * LiveKit address as the outbound address, a number that is not assigned). Warnings never block a page; these
 * are worth one deliberate "yes" that names them, because the trunk would look made and then fail every call.
 * Once the same problems were confirmed, Create does not ask again (Retry after a failure, say).
 */
final class TrapConfirmation {

    private List<Problem> confirmed = List.of();

    /** True when there is nothing to ask, or the user chose to create anyway. */
    boolean allows(List<Problem> traps, Window owner) {
        if (traps.isEmpty() || traps.equals(confirmed)) {
            return true;
        }
        ButtonType create = new ButtonType(Messages.get("ui.traps.create"), ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.get("ui.traps.back"), ButtonData.CANCEL_CLOSE);
        String named = traps.stream().map(p -> "\u2022 " + p.message()).collect(Collectors.joining("\n"));
        Alert question = new Alert(Alert.AlertType.WARNING, Messages.get("ui.traps.text", named), create, back);
        question.initOwner(owner);
        question.setTitle(Messages.get("ui.traps.title"));
        question.setHeaderText(Messages.get("ui.traps.header"));
        Optional<ButtonType> answer = question.showAndWait();
        if (answer.filter(b -> b == create).isPresent()) {
            confirmed = List.copyOf(traps);
            return true;
        }
        return false;
    }
}
