package org.trunkwizard.cli.trunk;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.carriers.CallOutcomes;
import org.trunkwizard.cli.ApiCommandSupport;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.Command;
import org.trunkwizard.cli.ConnectionOptions;
import org.trunkwizard.cli.Console;
import org.trunkwizard.cli.ExitCode;
import org.trunkwizard.cli.ProblemPrinter;
import org.trunkwizard.cli.RefusedInputException;
import org.trunkwizard.cli.TrunkServiceFactory;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TestCall;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.Problem;

/**
 * {@code call --trunk ID --to NUMBER [--from NUMBER] [--region CC] [--room NAME] [--wait] [--carrier NAME]}: a test
 * call to the user's own phone through the trunk, into a fresh room. With --wait the outcome is the carrier's:
 * answered, or its SIP status explained with the fix, that carrier's own when --carrier names it (exit 1); exit 3
 * only when LiveKit itself could not be reached.
 */
public final class CallCommand implements Command {

    /** The lk name of the number dialled. */
    static final String TO_FIELD = "sip_call_to";
    static final String ROOM_PREFIX = "test-call-";
    private static final String ROOM_CHARS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrunkServiceFactory services;

    public CallCommand(TrunkServiceFactory services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "call";
    }

    @Override
    public String usage() {
        return "call --trunk ID --to NUMBER [--from NUMBER] [--region CC] [--room NAME] [--wait]"
                + " [--carrier twilio|telnyx|livekit|other] [--profile NAME] [--json]";
    }

    @Override
    public int run(List<String> raw, Console console) throws UsageException, RefusedInputException {
        Args args = Args.parse(raw, Set.of("json", "wait"),
                Set.of("trunk", "to", "from", "region", "room", "carrier", ConnectionOptions.PROFILE_OPTION));
        args.expectAtMost(0);
        String trunk = ApiCommandSupport.trunkId(ApiCommandSupport.requiredOption(args, "trunk"), console);
        CheckOptions options = CommonOptions.checkOptions(args);
        String region = options.defaultRegion();
        boolean json = args.flag("json");
        boolean wait = args.flag("wait");
        CallNumber to = CallNumber.read(ApiCommandSupport.requiredOption(args, "to"), region, TO_FIELD);
        Optional<CallNumber> from = args.option("from").map(f -> CallNumber.read(f, region, "sip_number"));
        List<Problem> problems = new ArrayList<>();
        to.problem().ifPresent(problems::add);
        from.flatMap(CallNumber::problem).ifPresent(problems::add);
        if (to.isError() || from.map(CallNumber::isError).orElse(false)) {
            return refuse(problems, console, json);
        }
        String room = args.option("room").map(String::strip).filter(r -> !r.isEmpty()).orElseGet(CallCommand::freshRoom);
        TestCall call = new TestCall(trunk, to.e164(), room, from.map(CallNumber::e164).orElse(""), wait);
        if (!json) {
            ApiCommandSupport.printProblems(problems, console);
            console.out().println(Messages.get("cli.call.dialling", call.phoneNumber(), trunk, room));
            if (wait) {
                console.out().println(Messages.get("cli.call.waiting"));
            }
        }
        try {
            TestCall.Placed placed = services.open(args, console).placeTestCall(call);
            report(call, placed, problems, options.carrier().orElse(null), console, json);
            return ExitCode.OK;
        } catch (ApiException e) {
            return ApiCommandSupport.fail(explained(e, options.carrier().orElse(null)), console, json);
        }
    }

    /**
     * A failed call explained the carrier's way (CallOutcomes, the one mapping of call outcomes): the carrier
     * answered or nobody did, so no retry of LiveKit helps (exit 1). Anything else keeps LiveKit's explanation.
     */
    private static ApiException explained(ApiException e, Carrier carrier) {
        return e.callFailure()
                .flatMap(f -> CallOutcomes.explain(f, carrier))
                .map(outcome -> new ApiException(outcome.asProblem(), false, e))
                .orElse(e);
    }

    /** A room no one else uses, so the test call meets no agent or caller by accident. */
    static String freshRoom() {
        StringBuilder room = new StringBuilder(ROOM_PREFIX);
        for (int i = 0; i < 8; i++) {
            room.append(ROOM_CHARS.charAt(RANDOM.nextInt(ROOM_CHARS.length())));
        }
        return room.toString();
    }

    private static int refuse(List<Problem> problems, Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", false);
            doc.add("problems", ProblemPrinter.toJson(problems));
            ApiCommandSupport.printJson(doc, console);
        } else {
            ApiCommandSupport.printProblems(problems, console);
            console.out().println(Messages.get("cli.call.notPlaced"));
        }
        return ExitCode.REFUSED;
    }

    private static void report(TestCall call, TestCall.Placed placed, List<Problem> problems, Carrier carrier,
                               Console console, boolean json) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("ok", true);
            doc.addProperty("answered", call.waitUntilAnswered());
            doc.addProperty("sip_trunk_id", call.trunkId());
            doc.addProperty("sip_call_to", call.phoneNumber());
            doc.addProperty("room_name", placed.roomName());
            doc.addProperty("participant_id", placed.participantId());
            doc.addProperty("sip_call_id", placed.sipCallId());
            doc.add("problems", ProblemPrinter.toJson(problems));
            ApiCommandSupport.printJson(doc, console);
            return;
        }
        if (call.waitUntilAnswered()) {
            // The window's words (TestCallAction): an answer may be voicemail's, and the room to hang up in.
            console.out().println(CallOutcomes.fromSipStatus(200, carrier).explanation());
            console.out().println(Messages.get("carriers.call.room", placed.roomName()));
        } else {
            console.out().println(Messages.get("cli.call.started", placed.roomName()));
        }
        console.out().println(Messages.get("cli.call.participantId", placed.participantId()));
        if (!placed.sipCallId().isEmpty()) {
            console.out().println(Messages.get("cli.call.sipCallId", placed.sipCallId()));
        }
    }
}
