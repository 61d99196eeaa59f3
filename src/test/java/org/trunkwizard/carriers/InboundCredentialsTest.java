package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.Problem;

/** The credentials an inbound trunk asks the carrier for: one rule for the window and the command line. */
class InboundCredentialsTest {

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::field).toList();
    }

    @Test
    void twilioIsRefusedWithTheSameWordsAsTheCommandLine() {
        List<Problem> problems = InboundCredentials.check(InboundGuard.TWILIO, "acme", PasswordGenerator.generate());
        assertEquals(List.of(InboundGuard.TWILIO.refusal(true).orElseThrow()), problems);
        assertFalse(InboundCredentials.offered(InboundGuard.TWILIO));
        assertTrue(InboundCredentials.offered(InboundGuard.TELNYX));
        assertTrue(InboundCredentials.offered(InboundGuard.OTHER));
    }

    @Test
    void bothAreNeededOnceAsked() {
        assertEquals(List.of("auth_username", "auth_password"), fields(InboundCredentials.check(InboundGuard.TELNYX,
                " ", "")));
        assertEquals(List.of("auth_password"), fields(InboundCredentials.check(InboundGuard.OTHER, "acme-in", "")));
        assertEquals(List.of("auth_username"), fields(InboundCredentials.check(InboundGuard.OTHER, "",
                PasswordGenerator.generate())));
    }

    @Test
    void aGeneratedPasswordIsCleanAndAGuessableOneIsRefusedWithoutRepeatingIt() {
        assertEquals(List.of(), InboundCredentials.check(InboundGuard.TELNYX, "acmein", PasswordGenerator.generate()));
        List<Problem> weak = InboundCredentials.check(InboundGuard.OTHER, "acme-in", "password1");
        assertEquals(List.of("auth_password"), fields(weak));
        assertTrue(weak.stream().noneMatch(p -> (p.message() + p.hint()).contains("password1")), weak.toString());
        assertEquals(List.of("auth_username"), fields(InboundCredentials.check(InboundGuard.OTHER, "acme in",
                PasswordGenerator.generate())));
    }

    @Test
    void eachCarrierSaysWhereTheCredentialsGo() {
        assertTrue(InboundCredentials.where(InboundGuard.TELNYX).contains("Telnyx"));
        assertTrue(InboundCredentials.where(InboundGuard.OTHER).contains("provider"));
        assertTrue(InboundCredentials.where(InboundGuard.TWILIO).contains("Twilio"));
    }
}
