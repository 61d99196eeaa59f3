package org.trunkwizard.carriers;

import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * The steps done by hand outside the wizard, with the values to paste. Values come from the normalized trunk and
 * the project's SIP URI; the password never does (the items say "the password you set", the window has its own
 * masked copy button). Texts live under {@code carriers.item.<id>.title} and {@code .explanation}.
 */
public final class Checklists {

    private static final String ITEM = "carriers.item.";
    private static final String TITLE = "carriers.checklist.title.";

    private Checklists() {
    }

    /**
     * What to set up at the carrier so the trunk works.
     *
     * @param spec   the normalized trunk (bare host address, E.164 numbers)
     * @param sipUri the project's SIP URI, or null when not given yet (the items that need it then say where to
     *               find it)
     */
    public static Checklist forCarrier(Carrier carrier, TrunkSpec spec, LiveKitSipUri sipUri) {
        List<ChecklistItem> items = switch (carrier) {
            case TWILIO -> twilio(spec, sipUri);
            case TELNYX -> telnyx(spec, sipUri);
            case LIVEKIT -> List.of(item("livekit.inboundOnly", List.of()));
            case OTHER -> other(spec, sipUri);
        };
        return new Checklist(Messages.get(TITLE + carrier.name()), items);
    }

    /**
     * The guide's "Next Steps" once the trunk exists.
     *
     * @param trunkId the {@code ST_} ID LiveKit returned
     */
    public static Checklist nextSteps(Carrier carrier, TrunkSpec spec, String trunkId) {
        String id = trunkId == null ? "" : trunkId.strip();
        List<ChecklistItem> items = new ArrayList<>();
        items.add(item("next.trunkId", id.isEmpty() ? List.of()
                : List.of(new CopyValue(Messages.get("carriers.value.trunkId"), id))));
        if (carrier == Carrier.LIVEKIT) {
            items.add(item("livekit.inboundOnly", List.of()));
        }
        String caller = spec.numbers().isEmpty() ? "" : spec.numbers().get(0);
        String request = "{\"sip_trunk_id\": \"" + (id.isEmpty() ? "ST_..." : id)
                + "\", \"sip_call_to\": \"+YOUR_OWN_NUMBER\", \"room_name\": \"trunk-test\"}";
        items.add(item("next.testCall", List.of(new CopyValue(Messages.get("carriers.value.testRequest"), request),
                new CopyValue(Messages.get("carriers.value.lkCommand"), "lk sip participant create test-call.json")),
                caller.isEmpty() ? Messages.get("carriers.value.yourNumbers") : caller));
        items.add(item("next.dispatchRule", List.of()));
        items.add(webhookItem());
        items.add(item("next.fullFlow", List.of()));
        return new Checklist(Messages.get(TITLE + "next"), items);
    }

    /** Where the webhook URL is set (LiveKit Cloud project settings) and what it brings. */
    public static ChecklistItem webhookItem() {
        return item("next.webhook", List.of());
    }

    private static List<ChecklistItem> twilio(TrunkSpec spec, LiveKitSipUri sipUri) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(item("twilio.trunk", nameValue(spec)));
        String address = spec.address().strip();
        if (TwilioAddress.isTerminationHost(stripPort(address))) {
            items.add(item("twilio.termination", List.of(
                    new CopyValue(Messages.get("carriers.value.terminationPrefix"), TwilioAddress.prefixOf(address)),
                    new CopyValue(Messages.get("carriers.value.terminationUri"), stripPort(address)))));
        } else {
            items.add(item("twilio.termination.missing", List.of()));
        }
        items.add(item("twilio.credentials", usernameValue(spec)));
        items.add(sipUri == null ? item("twilio.origination.missing", List.of())
                : item("twilio.origination", List.of(
                        new CopyValue(Messages.get("carriers.value.originationUri"), sipUri.sipUri()))));
        items.add(item("twilio.numbers", numberValues(spec)));
        items.add(item("twilio.geo", List.of()));
        if (wantsEncryption(spec)) {
            items.add(item("twilio.secure", List.of()));
        }
        return items;
    }

    private static List<ChecklistItem> telnyx(TrunkSpec spec, LiveKitSipUri sipUri) {
        List<ChecklistItem> items = new ArrayList<>();
        List<CopyValue> connection = new ArrayList<>(nameValue(spec));
        connection.addAll(usernameValue(spec));
        items.add(item("telnyx.connection", connection));
        items.add(item("telnyx.outboundProfile", List.of()));
        items.add(item("telnyx.numbers", numberValues(spec)));
        items.add(sipUri == null ? item("telnyx.inbound.missing", List.of())
                : item("telnyx.inbound", List.of(new CopyValue(Messages.get("carriers.value.fqdn"), sipUri.host()),
                        new CopyValue(Messages.get("carriers.value.port"), "5060"))));
        if (wantsEncryption(spec)) {
            items.add(item("telnyx.secure", List.of()));
        }
        String user = spec.authUsername().strip();
        items.add(item("telnyx.header", List.of(), TelnyxHeader.NAME,
                user.isEmpty() ? Messages.get("carriers.value.yourUsername") : user));
        return items;
    }

    private static List<ChecklistItem> other(TrunkSpec spec, LiveKitSipUri sipUri) {
        List<ChecklistItem> items = new ArrayList<>();
        items.add(item("other.host", spec.address().isBlank() ? List.of()
                : List.of(new CopyValue(Messages.get("carriers.value.address"), spec.address().strip()))));
        items.add(item("other.credentials", usernameValue(spec)));
        items.add(item("other.numbers", numberValues(spec)));
        items.add(item("other.allowList", List.of()));
        if (sipUri != null) {
            items.add(item("other.inbound", List.of(
                    new CopyValue(Messages.get("carriers.value.sipUri"), sipUri.sipUri()),
                    new CopyValue(Messages.get("carriers.value.sipHost"), sipUri.host()))));
        }
        return items;
    }

    /** Encryption is a matching setting on both sides, so the carrier step appears only when it is asked for. */
    private static boolean wantsEncryption(TrunkSpec spec) {
        return spec.transport() == Transport.TLS || spec.mediaEncryption() != MediaEncryption.DISABLED;
    }

    private static List<CopyValue> nameValue(TrunkSpec spec) {
        return spec.name().isBlank() ? List.of()
                : List.of(new CopyValue(Messages.get("carriers.value.name"), spec.name().strip()));
    }

    /** The username only: the password is never a checklist value. */
    private static List<CopyValue> usernameValue(TrunkSpec spec) {
        return spec.authUsername().isBlank() ? List.of()
                : List.of(new CopyValue(Messages.get("carriers.value.username"), spec.authUsername().strip()));
    }

    private static List<CopyValue> numberValues(TrunkSpec spec) {
        List<CopyValue> values = new ArrayList<>();
        for (String n : spec.numbers()) {
            values.add(new CopyValue(Messages.get("carriers.value.number"), n.strip()));
        }
        return values;
    }

    private static String stripPort(String address) {
        int colon = address.indexOf(':');
        return colon >= 0 ? address.substring(0, colon) : address;
    }

    private static ChecklistItem item(String id, List<CopyValue> values, Object... args) {
        return new ChecklistItem(id, Messages.get(ITEM + id + ".title", args),
                Messages.get(ITEM + id + ".explanation", args), values);
    }
}
