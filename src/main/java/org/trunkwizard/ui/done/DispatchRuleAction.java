package org.trunkwizard.ui.done;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.trunkwizard.carriers.DispatchRuleDraft;
import org.trunkwizard.carriers.InboundGuard;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.DispatchRule;
import org.trunkwizard.livekit.DispatchRuleOutcome;
import org.trunkwizard.livekit.InboundAccess;
import org.trunkwizard.livekit.InboundTrunkOutcome;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.ui.common.FieldLine;
import org.trunkwizard.validation.AllowedAddresses;
import org.trunkwizard.validation.Problem;

/**
 * "Receive calls too" on the Done page: an inbound trunk for the new trunk's numbers (or the one already taking
 * them), then a dispatch rule on it: a new room per call (prefix {@code call-}) by default, or every call in one
 * named room, with an optional agent. A rerun finds both made before and says so, with the same SDR_ ID.
 */
final class DispatchRuleAction {

    private final DonePage page;
    private final TextField prefix;
    private final TextField agent;
    private final Label line;
    private final Button button;
    private final ProgressIndicator spinner;
    private final Label result;
    private final HBox idRow;
    private final TextField id;
    private final Button stop;
    private SetupTask<?> task;
    private boolean running;
    private boolean direct;
    /** What was typed for the other kind, so switching back and forth loses nothing. */
    private String otherRoom = "";
    private TextField allowed;
    private Label note;
    private InboundCredentialsPart credentials;

    DispatchRuleAction(DonePage page, TextField prefix, TextField agent, Label line, Button button,
                       ProgressIndicator spinner, Label result, HBox idRow, TextField id) {
        this.page = page;
        this.prefix = prefix;
        this.agent = agent;
        this.line = line;
        this.button = button;
        this.spinner = spinner;
        this.result = result;
        this.idRow = idRow;
        this.id = id;
        prefix.textProperty().addListener(o -> refresh());
        agent.textProperty().addListener(o -> refresh());
        // Made here beside the spinner rather than in done.fxml: the Done page stays as it is.
        this.stop = new Button(Messages.get("ui.carriers.rule.stop"));
        stop.setId("stopRule");
        stop.setMnemonicParsing(true);
        stop.setOnAction(e -> stop());
        stop.setVisible(false);
        stop.setManaged(false);
        ((javafx.scene.layout.Pane) spinner.getParent()).getChildren().add(stop);
    }

    /** Cancels the request in flight (the task's thread is interrupted, which cancels the HTTP call). */
    void stop() {
        if (task != null) {
            task.cancel(true);
        }
    }

    /** A new room per call (the default), or every call in one room. */
    void kindFrom(javafx.scene.control.RadioButton directChoice, Label roomLabel) {
        directChoice.selectedProperty().addListener((o, was, now) -> {
            direct = now;
            String typed = prefix.getText();
            prefix.setText(otherRoom);
            otherRoom = typed;
            roomLabel.setText(Messages.get(now ? "ui.carriers.rule.room" : "ui.carriers.rule.prefix"));
            prefix.setAccessibleText(Messages.get(now ? "ui.carriers.rule.room.accessible"
                    : "ui.carriers.rule.prefix.accessible"));
            refresh();
        });
    }

    /**
     * The addresses the inbound trunk takes calls from (optional; spaces or commas between them), and the note that
     * says what the chosen carrier's calls can be recognised by and where that comes from ({@link InboundGuard}).
     */
    void guardFrom(TextField allowedAddresses, Label inboundNote) {
        this.allowed = allowedAddresses;
        this.note = inboundNote;
        allowedAddresses.textProperty().addListener(o -> refresh());
    }

    /** The username and password the inbound trunk asks the carrier for, when the admin chooses so. */
    void credentialsFrom(InboundCredentialsPart part) {
        this.credentials = part;
    }

    private List<String> addresses() {
        String text = allowed == null ? "" : allowed.getText().strip();
        return text.isEmpty() ? List.of() : List.of(text.split("[\\s,;]+"));
    }

    private InboundGuard guard() {
        return InboundGuard.of(page.model().carrier.get());
    }

    private List<Problem> problems() {
        List<Problem> problems = new java.util.ArrayList<>(AllowedAddresses.check(addresses()));
        problems.addAll(draft().problems());
        return problems;
    }

    private DispatchRuleDraft draft() {
        DispatchRuleDraft d = direct ? DispatchRuleDraft.direct(prefix.getText(), agent.getText())
                : DispatchRuleDraft.individual(prefix.getText(), agent.getText());
        return d.withTrunkIds(List.of(page.model().trunkId.get()));
    }

    void refresh() {
        if (note != null) {
            note.setText(guard().note());
        }
        List<Problem> problems = problems();
        if (problems.isEmpty()) {
            FieldLine.hint(line, Messages.get(direct ? "ui.carriers.rule.direct.about" : "ui.carriers.rule.about",
                    prefix.getText().strip()));
        } else {
            FieldLine.show(line, problems.stream().filter(Problem::isError).findFirst().orElse(problems.get(0)));
        }
        boolean credentialsBlock = credentials != null && credentials.refresh();
        button.setDisable(running || credentialsBlock || problems.stream().anyMatch(Problem::isError)
                || !draft().valid());
    }

    void start() {
        DispatchRuleDraft d = draft();
        if (running || !d.valid() || problems().stream().anyMatch(Problem::isError)
                || (credentials != null && credentials.refresh())) {
            return;
        }
        InboundAccess access = credentials == null ? new InboundAccess(addresses(), "", "")
                : credentials.access(addresses());
        boolean sentBefore = credentials != null && credentials.sentBefore(access);
        String outbound = page.model().trunkId.get();
        DispatchRule.Kind kind = direct ? DispatchRule.Kind.DIRECT : DispatchRule.Kind.INDIVIDUAL;
        String room = direct ? d.roomName() : d.roomPrefix();
        SetupTask<ReceivingCalls> receiving = new SetupTask<>(page.env(), page.model()) {
            @Override
            protected ReceivingCalls runSetup(SipSetupService service) throws ApiException {
                // LiveKit matches rules only on inbound trunks: the rule goes to one for the outbound trunk's numbers.
                InboundTrunkOutcome inbound = service.ensureInboundTrunkLike(outbound, "", access);
                DispatchRule rule = new DispatchRule(Messages.get("ui.carriers.rule.name", inbound.trunkId()),
                        List.of(inbound.trunkId()), kind, room, d.agentName());
                return new ReceivingCalls(inbound, service.ensureDispatchRule(rule));
            }
        };
        task = receiving;
        running(true);
        result.setText(Messages.get("ui.carriers.rule.running"));
        receiving.setOnSucceeded(e -> {
            running(false);
            ReceivingCalls done = receiving.getValue();
            page.model().dispatchRuleId.set(done.rule().ruleId());
            String said = Messages.get(done.rule().alreadyExisted() ? "ui.carriers.rule.reused"
                    : "ui.carriers.rule.created", done.inbound().trunkId());
            if (done.inbound().otherAccess()) {
                said = Messages.get("ui.carriers.rule.otherAccess") + " " + said;
            }
            FieldLine.result(result, said, true);
            id.setText(done.rule().ruleId());
            idRow.setVisible(true);
            idRow.setManaged(true);
            if (credentials != null) {
                credentials.succeeded(access, done.inbound(), sentBefore);
            }
        });
        receiving.setOnFailed(e -> {
            running(false);
            Problem p = receiving.problem();
            FieldLine.result(result, (p.message() + " " + p.hint()).strip(), false);
        });
        receiving.setOnCancelled(e -> {
            running(false);
            FieldLine.hint(result, Messages.get("ui.carriers.rule.stopped"));
        });
        receiving.startInBackground("receive-calls");
    }

    /** The inbound trunk that takes the calls, and the rule that sends them to the agent. */
    private record ReceivingCalls(InboundTrunkOutcome inbound, DispatchRuleOutcome rule) {
    }

    private void running(boolean on) {
        running = on;
        if (!on) {
            task = null;
        }
        stop.setVisible(on);
        stop.setManaged(on);
        spinner.setVisible(on);
        refresh();
    }
}
