package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trunkwizard.trunk.Carrier;

class PasswordPolicyTest {

    private static final String GOOD = "kT7-vRw2_mQx9pLz";

    private static List<Problem> check(String user, String pass) {
        return PasswordPolicy.check(user, pass, Optional.empty());
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    @Test
    void credentialsAreOptionalTogether() {
        assertEquals(List.of(), check("", ""));
        assertEquals(List.of(), check("acme", GOOD + "xyz"));
    }

    @Test
    void passwordWithoutUsernameIsAnErrorOnTheUsername() {
        Problem p = errors(check(" ", GOOD)).get(0);
        assertEquals("auth_username", p.field());
        assertTrue(p.message().contains("username"), p.message());
    }

    @Test
    void usernameWithoutPasswordIsAnErrorOnThePassword() {
        assertEquals("auth_password", errors(check("acme", "")).get(0).field());
    }

    @Test
    void guidesPublishedPasswordIsRefusedWithoutEchoingIt() {
        List<Problem> problems = check("livekit-user", "Em1ly_Trunk_2024!Secure");
        Problem p = errors(problems).get(0);
        assertEquals("auth_password", p.field());
        assertTrue(p.message().contains("guide"), p.message());
        assertTrue(p.hint().contains("16 or more"), p.hint());
        problems.forEach(q -> assertFalse((q.message() + q.hint()).contains("Em1ly"), q.toString()));
    }

    @Test
    void weakPasswordsAreRefusedByEstimatedEntropyNotByCharacterClasses() {
        Problem shortOne = errors(check("acme", "aB3-xy")).get(0);
        assertEquals("auth_password", shortOne.field());
        assertTrue(shortOne.message().contains("guess"), shortOne.message());
        assertFalse(errors(check("acme", "Password1!")).isEmpty(), "a common word with decorations");
        assertFalse(errors(check("acme", "aaaaaaaaaaaaaaaa")).isEmpty(), "one character repeated");
        List<Problem> fair = check("acme", "kT7vRw2m");
        assertEquals(List.of(), errors(fair), "8 random characters: no carrier would refuse them");
        assertTrue(!fair.get(0).isError() && fair.get(0).message().contains("16"), fair.toString());
    }

    @Test
    void longRandomAlphanumericPasswordWithoutSymbolIsFine() {
        String alnum = "q7LmX2vR9tKp4WzB8nJd3HsF";
        for (Carrier c : Carrier.values()) {
            assertEquals(List.of(), PasswordPolicy.check("acme2024", alnum, Optional.of(c)), c.name());
        }
        assertEquals(List.of(), check("acme", "kt7vrw2mqx9plzab"), "no symbol, one case, no carrier: fine");
    }

    @Test
    void passwordEqualToOrContainingTheUsernameIsAWarningThatSaysWhy() {
        List<Problem> same = check("AcmeTrunk-42x!", "AcmeTrunk-42x!");
        assertEquals("auth_password", same.get(0).field());
        assertTrue(same.stream().anyMatch(p -> p.message().contains("username")), same.toString());
        List<Problem> containing = check("acmetrunk", "my-ACMETRUNK-pass-9Q");
        assertEquals(List.of(), errors(containing));
        assertTrue(containing.stream().anyMatch(p -> !p.isError() && p.message().contains("username")));
        assertEquals(List.of(), check("ab", "ab-kT7vRw2mQx9pLz"), "too short a username to compare");
    }

    @Test
    void twilioRefusesShortPasswordsMissingADigitOrACaseAndNonAscii() {
        Optional<Carrier> twilio = Optional.of(Carrier.TWILIO);
        Problem shortOne = errors(PasswordPolicy.check("acme", "kT7vRw2mQx9", twilio)).get(0);
        assertTrue(shortOne.message().contains("12"), shortOne.message());
        Problem noDigit = errors(PasswordPolicy.check("acme", "kTavRwbmQxcpLzab", twilio)).get(0);
        assertTrue(noDigit.message().contains("digit"), noDigit.message());
        Problem nonAscii = errors(PasswordPolicy.check("acme", "kT7vRw2mQx9pLzäb", twilio)).get(0);
        assertTrue(nonAscii.message().contains("Twilio"), nonAscii.message());
        assertEquals(List.of(), errors(check("acme", "kT7vRw2mQx9pLzäb")), "another carrier may take it");
    }

    @Test
    void telnyxNeedsAUsernameAndAPasswordOfEightTo128() {
        Optional<Carrier> telnyx = Optional.of(Carrier.TELNYX);
        List<Problem> none = errors(PasswordPolicy.check("", "", telnyx));
        assertEquals(List.of("auth_username", "auth_password"), none.stream().map(Problem::field).toList());
        Problem seven = errors(PasswordPolicy.check("acme2024", "kT7vRw2", telnyx)).get(0);
        assertTrue(seven.message().contains("8"), seven.message());
        assertEquals(List.of(), errors(PasswordPolicy.check("acme2024", "kT7vRw2m", telnyx)));
    }

    @Test
    void twilioWantsBothCasesAndShortUsernames() {
        Problem lowerOnly = errors(PasswordPolicy.check("acme", "kt7-vrw2_mqx9plz", Optional.of(Carrier.TWILIO)))
                .get(0);
        assertTrue(lowerOnly.message().contains("upper-case"), lowerOnly.message());
        assertEquals(List.of(), errors(check("acme", "kt7-vrw2_mqx9plz")), "without a carrier, one case is enough");
        Problem longUser = errors(PasswordPolicy.check("u".repeat(33), GOOD, Optional.of(Carrier.TWILIO))).get(0);
        assertEquals("auth_username", longUser.field());
        assertTrue(longUser.message().contains("32"));
    }

    @Test
    void telnyxUsernamesAreLettersAndDigitsFourToThirtyTwo() {
        Optional<Carrier> telnyx = Optional.of(Carrier.TELNYX);
        assertEquals(List.of(), errors(PasswordPolicy.check("acme2024", GOOD, telnyx)));
        for (String bad : List.of("abc", "livekit-user", "a".repeat(33))) {
            assertEquals("auth_username", errors(PasswordPolicy.check(bad, GOOD, telnyx)).get(0).field(), bad);
        }
        String tooLong = GOOD + "a1-".repeat(40);
        assertTrue(errors(PasswordPolicy.check("acme2024", tooLong, telnyx)).get(0).message().contains("128"));
    }

    @Test
    void strengthRanksPasswordsForTheMeter() {
        assertEquals(0, PasswordPolicy.strength(""));
        assertEquals(0, PasswordPolicy.strength("Em1ly_Trunk_2024!Secure"), "published");
        assertEquals(0, PasswordPolicy.strength("Password1!"));
        assertTrue(PasswordPolicy.strength("aaaaaaaaaaaaaaaa") <= 1);
        assertTrue(PasswordPolicy.strength("kT7-vRw2_mQx") >= 2);
        assertEquals(4, PasswordPolicy.strength(PasswordGenerator.generate()));
        assertTrue(PasswordPolicy.strength("abcdefghijklmnop") < PasswordPolicy.strength("kT7-vRw2_mQx9pLz"));
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void generatedPasswordsPassEveryCarriersRules(Carrier carrier) {
        for (int i = 0; i < 300; i++) {
            String p = PasswordGenerator.generate();
            List<Problem> problems = PasswordPolicy.check("acme2024", p, Optional.of(carrier));
            assertEquals(List.of(), problems, () -> "generated password failed " + carrier);
        }
    }

    @Test
    void generatedPasswordsHaveTheShapeWeDecided() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String p = PasswordGenerator.generate();
            assertEquals(20, p.length());
            assertTrue(Character.isLetter(p.charAt(0)), "starts with a letter");
            assertTrue(Character.isLetterOrDigit(p.charAt(19)), "ends with a letter or digit");
            assertTrue(p.matches("[A-Za-z0-9._-]+"), "only symbols both carriers accept: - _ .");
            assertTrue(p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(c -> "-_.".indexOf(c) >= 0));
            assertFalse(p.matches(".*[Il1O0].*"), "no look-alike characters");
            seen.add(p);
        }
        assertEquals(500, seen.size(), "random, not repeated");
        assertNotEquals(PasswordGenerator.generate(), PasswordGenerator.generate());
    }
}
