package org.trunkwizard.ui.done;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.trunkwizard.carriers.CallOutcome;
import org.trunkwizard.carriers.CallOutcomes;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.SipSetupService;
import org.trunkwizard.livekit.TestCall;
import org.trunkwizard.ui.common.FieldLine;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.NumberStatus;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.Problem;

/**
 * "Call my phone" on the Done page: LiveKit dials the user's number through the new trunk and waits for the
 * answer; the carrier's verdict comes back in words (answered, or what its SIP status means and the fix).
 */
final class TestCallAction {

    private static final String ROOM_CHARS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DonePage page;
    private final TextField to;
    private final Button button;
    private final ProgressIndicator spinner;
    private final Button stop;
    private final Label line;
    private final Label outcome;
    private final Label fix;
    private SetupTask<TestCall.Placed> running;

    TestCallAction(DonePage page, TextField to, Button button, ProgressIndicator spinner, Button stop, Label line,
                   Label outcome, Label fix) {
        this.page = page;
        this.to = to;
        this.button = button;
        this.spinner = spinner;
        this.stop = stop;
        this.line = line;
        this.outcome = outcome;
        this.fix = fix;
        to.textProperty().addListener(o -> refresh());
        to.setOnAction(e -> start());
    }

    /** The number as typed, read in the wizard's region; empty e164 when it cannot be called. */
    private NumberEntry number() {
        List<NumberEntry> entries = PhoneNumbers.parse(List.of(to.getText().strip()), page.model().region.get());
        return entries.isEmpty() ? null : entries.get(0);
    }

    private static boolean callable(NumberEntry n) {
        return n != null && !n.e164().isEmpty() && n.status() != NumberStatus.INVALID;
    }

    void refresh() {
        NumberEntry n = to.getText().isBlank() ? null : number();
        if (n == null) {
            FieldLine.hint(line, Messages.get("ui.carriers.call.about"));
        } else if (n.problem() != null) {
            FieldLine.show(line, n.problem());
        } else {
            FieldLine.hint(line, Messages.get("ui.carriers.call.willCall", n.e164()));
        }
        button.setDisable(running != null || !callable(n));
    }

    void start() {
        NumberEntry n = to.getText().isBlank() ? null : number();
        if (running != null || !callable(n)) {
            return;
        }
        TestCall call = new TestCall(page.model().trunkId.get(), n.e164(), freshRoom());
        SetupTask<TestCall.Placed> task = new SetupTask<>(page.env(), page.model()) {
            @Override
            protected TestCall.Placed runSetup(SipSetupService service) throws ApiException {
                return service.placeTestCall(call);
            }
        };
        running = task;
        showRunning(true);
        FieldLine.hint(outcome, Messages.get("ui.carriers.call.running", call.phoneNumber()));
        fix.setText("");
        task.setOnSucceeded(e -> {
            finished();
            CallOutcome answered = CallOutcomes.fromSipStatus(200, page.carrier());
            FieldLine.result(outcome, answered.explanation(), true);
            fix.setText(Messages.get("carriers.call.room", task.getValue().roomName()));
        });
        task.setOnFailed(e -> {
            finished();
            showFailure(task);
        });
        task.setOnCancelled(e -> {
            finished();
            FieldLine.hint(outcome, Messages.get("ui.carriers.call.stopped"));
        });
        task.startInBackground("test-call");
    }

    /**
     * The call's own failure (the carrier's answer, no answer, a wrong password loop) is explained for this carrier
     * from what LiveKit reported, as the CLI explains it; anything else (no permission, LiveKit down) keeps the
     * explanation of the request.
     */
    private void showFailure(SetupTask<TestCall.Placed> task) {
        Optional<CallOutcome> own = task.getException() instanceof ApiException api
                ? api.callFailure().flatMap(f -> CallOutcomes.explain(f, page.carrier())) : Optional.empty();
        Problem p = own.map(CallOutcome::asProblem).orElseGet(task::problem);
        FieldLine.result(outcome, p.message(), false);
        fix.setText(p.hint());
    }

    void stop() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void finished() {
        running = null;
        showRunning(false);
    }

    private void showRunning(boolean on) {
        spinner.setVisible(on);
        stop.setVisible(on);
        stop.setManaged(on);
        refresh();
        if (on) {
            stop.requestFocus();
        }
    }

    /** A room no one else uses, so the test call meets no agent or caller by accident. */
    private static String freshRoom() {
        StringBuilder room = new StringBuilder("test-call-");
        for (int i = 0; i < 8; i++) {
            room.append(ROOM_CHARS.charAt(RANDOM.nextInt(ROOM_CHARS.length())));
        }
        return room.toString();
    }
}
