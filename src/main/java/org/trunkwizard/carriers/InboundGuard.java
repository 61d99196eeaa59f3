package org.trunkwizard.carriers;

import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.validation.Problem;

/**
 * What a carrier's calls into LiveKit can be recognised by, as far as our sources say, for the inbound trunk that
 * takes them. Nothing is invented: where the sources name no address list or credentials, nothing is filled in and
 * the note says what the admin can add.
 * <ul>
 * <li>Twilio: calls come from the trunk's Origination URI (facts file, carriers table). LiveKit's docs (Accepting
 * calls, Inbound trunk) say Twilio Elastic SIP Trunking does not support username and password for them, so a trunk
 * with credentials would refuse every call: refused here. The facts list no Twilio signalling addresses.</li>
 * <li>Telnyx: calls come from an FQDN connection pointing at the project's SIP host, port 5060 (facts file). Neither
 * credentials nor addresses for these calls are in our sources.</li>
 * </ul>
 * LiveKit itself accepts a trunk guarded by its numbers alone (livekit/protocol SIPInboundTrunkInfo.ValidateResult).
 */
public enum InboundGuard {
    TWILIO, TELNYX, OTHER;

    /** {@code twilio}, {@code telnyx} or {@code other} (any case); empty for anything else. */
    public static Optional<InboundGuard> of(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "twilio" -> Optional.of(TWILIO);
            case "telnyx" -> Optional.of(TELNYX);
            case "other", "" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }

    /** The guard for the carrier the wizard was set up for; one without a guard of its own (or none) is OTHER. */
    public static InboundGuard of(Carrier carrier) {
        return carrier == Carrier.TWILIO ? TWILIO : carrier == Carrier.TELNYX ? TELNYX : OTHER;
    }

    /** Settings this carrier's calls cannot satisfy: credentials for Twilio. */
    public Optional<Problem> refusal(boolean credentials) {
        if (this == TWILIO && credentials) {
            return Optional.of(Problem.error("auth_username", Messages.get("carriers.inbound.twilio.noCredentials"),
                    Messages.get("carriers.inbound.twilio.noCredentials.hint")));
        }
        return Optional.empty();
    }

    /** One line: where this carrier's calls come from and what guards the trunk, with where that comes from. */
    public String note() {
        return switch (this) {
            case TWILIO -> Messages.get("carriers.inbound.note.twilio");
            case TELNYX -> Messages.get("carriers.inbound.note.telnyx");
            case OTHER -> Messages.get("carriers.inbound.note.other");
        };
    }
}
