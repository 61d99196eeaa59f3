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
    void shortPasswordsAreRefusedAndUnder16Warns() {
        Problem shortOne = errors(check("acme", "aB3-xyz")).get(0);
        assertTrue(shortOne.message().contains("7") && shortOne.message().contains("12"), shortOne.message());
        List<Problem> fourteen = check("acme", "kT7-vRw2_mQx9p");
        assertEquals(List.of(), errors(fourteen));
        assertTrue(fourteen.get(0).message().contains("16"), fourteen.get(0).message());
    }

    @Test
    void guidePolicyWantsLettersDigitsAndSymbols() {
        Problem noSymbol = errors(check("acme", "kT7vRw2mQx9pLzab")).get(0);
        assertTrue(noSymbol.message().contains("symbol"), noSymbol.message());
        Problem noDigit = errors(check("acme", "kT-vRw_mQx.pLzab")).get(0);
        assertTrue(noDigit.message().contains("digit"), noDigit.message());
        Problem onlyDigits = errors(check("acme", "1234-5678-9012-3456")).get(0);
        assertTrue(onlyDigits.message().contains("letter"), onlyDigits.message());
    }

    @Test
    void passwordEqualToOrContainingTheUsernameIsRefused() {
        assertFalse(errors(check("AcmeTrunk-42x!", "AcmeTrunk-42x!")).isEmpty());
        assertFalse(errors(check("acmetrunk", "my-ACMETRUNK-pass-9Q")).isEmpty());
        assertEquals(List.of(), errors(check("ab", "ab-kT7vRw2mQx9pLz")), "too short a username to compare");
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
