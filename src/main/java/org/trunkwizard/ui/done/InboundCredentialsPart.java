package org.trunkwizard.ui.done;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.trunkwizard.carriers.InboundCredentials;
import org.trunkwizard.carriers.InboundGuard;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.InboundAccess;
import org.trunkwizard.livekit.InboundTrunkOutcome;
import org.trunkwizard.ui.common.FieldFeedback;
import org.trunkwizard.ui.common.FieldLine;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.Problem;

/**
 * The part of "Receive calls too" that asks the carrier for a username and password ({@code inbound create
 * --auth-username} in the CLI): off unless chosen, explained for the carrier at hand (Twilio cannot send them),
 * checked by the core's {@link InboundCredentials} with each field's own line, the password generated or typed.
 * Once LiveKit holds the password it is shown (hidden until asked, with Copy) and no longer editable, and kept in
 * the keychain when "Remember" is on; it never goes into the draft or any file.
 */
final class InboundCredentialsPart {

    private final DonePage page;
    private final CheckBox ask;
    private final Label about;
    private final VBox box;
    private final TextField username;
    private final PasswordField password;
    private final TextField shown;
    private final Button generate;
    private final Label kept;
    private final FieldFeedback usernameFeedback;
    private final FieldFeedback passwordFeedback;
    private final Runnable changed;
    /**
     * Passwords sent in an earlier click whose trunk may have landed (a Stop, a lost reply): a trunk found holding
     * the same numbers and username afterwards is that one, with that password. Memory only, this page only.
     */
    private final Set<String> sent = new HashSet<>();
    /** The inbound trunk that holds the password shown, once one does; a later click finding it changes nothing. */
    private String holder = "";

    InboundCredentialsPart(DonePage page, Fields f, Runnable changed) {
        this.page = page;
        this.ask = f.ask();
        this.about = f.about();
        this.box = f.box();
        this.username = f.username();
        this.password = f.password();
        this.shown = f.shown();
        this.generate = f.generate();
        this.kept = f.kept();
        this.changed = changed;
        shown.textProperty().bindBidirectional(password.textProperty());
        shown.editableProperty().bind(password.editableProperty());
        shown.visibleProperty().bind(f.eye().selectedProperty());
        password.visibleProperty().bind(f.eye().selectedProperty().not());
        f.eye().textProperty().bind(Bindings.when(f.eye().selectedProperty())
                .then(Messages.get("ui.done.password.hide")).otherwise(Messages.get("ui.done.password.show")));
        box.visibleProperty().bind(ask.selectedProperty());
        box.managedProperty().bind(box.visibleProperty());
        usernameFeedback = new FieldFeedback("auth_username", username, f.usernameLine(),
                () -> Messages.get("ui.carriers.inboundAuth.username.hint"));
        passwordFeedback = new FieldFeedback("auth_password", password, f.passwordLine(),
                () -> Messages.get("ui.carriers.inboundAuth.password.hint"));
        usernameFeedback.onTouched(changed);
        passwordFeedback.onTouched(changed);
        ask.selectedProperty().addListener((o, was, now) -> {
            if (now && password.getText().isEmpty()) {
                password.setText(PasswordGenerator.generate());
            }
            changed.run();
        });
        username.textProperty().addListener(o -> changed.run());
        password.textProperty().addListener(o -> changed.run());
    }

    /** The controls, as done.fxml names them. */
    record Fields(CheckBox ask, Label about, VBox box, TextField username, Label usernameLine, PasswordField password,
                  TextField shown, ToggleButton eye, Button generate, Label passwordLine, Label kept) {
    }

    private InboundGuard guard() {
        return InboundGuard.of(page.model().carrier.get());
    }

    private boolean asked() {
        return ask.isSelected() && InboundCredentials.offered(guard());
    }

    private List<Problem> problems() {
        return asked() ? InboundCredentials.check(guard(), username.getText(), password.getText()) : List.of();
    }

    /** Redraws the explanation and both lines; true when an error blocks "Receive calls too". */
    boolean refresh() {
        InboundGuard guard = guard();
        boolean offered = InboundCredentials.offered(guard);
        ask.setDisable(!offered || !password.isEditable());
        if (!offered) {
            ask.setSelected(false);
            Problem why = guard.refusal(true).orElseThrow();
            about.setText(why.message() + " " + why.hint());
        } else {
            about.setText(Messages.get("ui.carriers.inboundAuth.about", InboundCredentials.where(guard)));
        }
        List<Problem> problems = problems();
        usernameFeedback.show(problems.stream().filter(p -> p.field().equals("auth_username")).toList(), false);
        passwordFeedback.show(problems.stream().filter(p -> p.field().equals("auth_password")).toList(), false);
        generate.setDisable(!password.isEditable());
        return problems.stream().anyMatch(Problem::isError);
    }

    /** What the inbound trunk is to ask for, besides the allowed addresses; remembers the password as sent. */
    InboundAccess access(List<String> addresses) {
        if (!asked()) {
            return new InboundAccess(addresses, "", "");
        }
        return new InboundAccess(addresses, username.getText(), password.getText());
    }

    /** Before a click's request leaves: whether this password went out before (see {@link #sent}). */
    boolean sentBefore(InboundAccess access) {
        boolean before = sent.contains(access.authPassword());
        if (access.hasCredentials()) {
            sent.add(access.authPassword());
        }
        return before;
    }

    /**
     * After "Receive calls too" succeeded. A trunk made now, or found as an earlier click of this page left it, holds
     * this password: the fields lock and the keychain keeps it (Remember permitting). A trunk that was there
     * already was not changed: the page says its password is another, and the fields stay the admin's.
     */
    void succeeded(InboundAccess access, InboundTrunkOutcome inbound, boolean sentBefore) {
        if (!access.hasCredentials()) {
            hideKept();
            return;
        }
        if (inbound.trunkId().equals(holder)) {
            return;
        }
        boolean ours = !inbound.alreadyExisted() || (sentBefore && !inbound.otherAccess());
        if (!ours) {
            show(Problem.warning("auth_password", Messages.get("ui.carriers.inboundAuth.kept.unchanged",
                    inbound.trunkId()), ""));
            return;
        }
        sent.clear();
        holder = inbound.trunkId();
        // What the trunk holds, also when the fields were edited while the request was out.
        username.setText(access.authUsername());
        password.setText(access.authPassword());
        username.setEditable(false);
        password.setEditable(false);
        changed.run();
        page.keychain().inboundTrunkCreated(page.model().liveKitUrl.get(), inbound.trunkId(), inbound.name(),
                access.authPassword()).whenComplete((saved, failure) -> javafx.application.Platform.runLater(() -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException c
                                && c.getCause() != null ? c.getCause() : failure;
                        showLine(Messages.get("ui.carriers.inboundAuth.kept.notSaved", cause.getMessage()), "warning");
                    } else if (saved) {
                        showLine(Messages.get("ui.carriers.inboundAuth.kept.saved", inbound.trunkId()), "ok");
                    } else {
                        showLine(Messages.get("ui.carriers.inboundAuth.kept.nowhere"), "warning");
                    }
                }));
    }

    void copy(javafx.event.ActionEvent e) {
        org.trunkwizard.ui.common.Ui.copy(password.getText(), e);
    }

    void generate() {
        if (password.isEditable()) {
            password.setText(PasswordGenerator.generate());
        }
    }

    private void show(Problem p) {
        FieldLine.show(kept, p);
        kept.setVisible(true);
        kept.setManaged(true);
    }

    /** The text already carries its icon (the keychain's words, as on the rest of the page). */
    private void showLine(String text, String style) {
        kept.getStyleClass().removeAll("hint", "error", "warning", "ok");
        kept.getStyleClass().add(style);
        kept.setText(text);
        kept.setAccessibleText(text);
        kept.setVisible(true);
        kept.setManaged(true);
    }

    private void hideKept() {
        kept.setVisible(false);
        kept.setManaged(false);
    }
}
