package org.trunkwizard.carriers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.validation.PasswordPolicy;
import org.trunkwizard.validation.Problem;

/**
 * The username and password an inbound trunk asks the carrier for (LiveKit's auth_username / auth_password on
 * SIPInboundTrunkInfo): LiveKit challenges each incoming call and takes it only when the carrier answers with them.
 * One rule for every face: Twilio is refused as {@link InboundGuard#refusal} says; otherwise both are needed, and
 * the pair is judged as a trunk's own credentials ({@link PasswordPolicy}, no carrier's outbound limits, since
 * those are about the carrier's own credential connections). Messages never repeat the password.
 */
public final class InboundCredentials {

    private InboundCredentials() {
    }

    /** Whether this carrier can send credentials at all (Twilio cannot, per LiveKit's docs). */
    public static boolean offered(InboundGuard guard) {
        return guard.refusal(true).isEmpty();
    }

    /** Problems with the pair once credentials are asked for; fields {@code auth_username}, {@code auth_password}. */
    public static List<Problem> check(InboundGuard guard, String username, String password) {
        Optional<Problem> refusal = guard.refusal(true);
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        String user = username == null ? "" : username.strip();
        String pass = password == null ? "" : password;
        if (user.isEmpty() && pass.isEmpty()) {
            List<Problem> both = new ArrayList<>();
            both.add(Problem.error("auth_username", Messages.get("carriers.inbound.username.missing"),
                    Messages.get("carriers.inbound.username.missing.hint")));
            both.add(Problem.error("auth_password", Messages.get("password.missing"),
                    Messages.get("password.missing.hint")));
            return both;
        }
        return PasswordPolicy.check(user, pass, Optional.of(Carrier.OTHER));
    }

    /** Where the admin enters the same pair at the carrier, as far as our sources say. */
    public static String where(InboundGuard guard) {
        return switch (guard) {
            case TWILIO -> Messages.get("carriers.inbound.twilio.noCredentials");
            case TELNYX -> Messages.get("carriers.inbound.credentials.telnyx");
            case OTHER -> Messages.get("carriers.inbound.credentials.other");
        };
    }
}
