package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/**
 * The trunk's SIP credentials. Both are optional (some carriers authenticate by IP), but they come as a pair.
 * The password follows the guide's policy (12+ characters with letters, digits and symbols; 16+ recommended)
 * plus the chosen carrier's own rules. Messages never repeat the password.
 */
public final class PasswordPolicy {

    static final String USERNAME = "auth_username";
    static final String PASSWORD = "auth_password";
    static final int MIN_LENGTH = 12;
    static final int RECOMMENDED_LENGTH = 16;
    /** The guide prints this one as its example: everyone who read the guide knows it. */
    static final String PUBLISHED = "Em1ly_Trunk_2024!Secure";
    /** Below this, "contains the username" would flag almost any password. */
    private static final int MIN_USERNAME_TO_COMPARE = 3;

    private PasswordPolicy() {
    }

    public static List<Problem> check(String username, String password, Optional<Carrier> carrier) {
        String user = username == null ? "" : username.strip();
        String pass = password == null ? "" : password;
        Carrier c = carrier == null ? Carrier.OTHER : carrier.orElse(Carrier.OTHER);
        List<Problem> problems = new ArrayList<>();
        checkUsername(user, pass, c, problems);
        if (!pass.isEmpty()) {
            checkPassword(user, pass, c, problems);
        } else if (!user.isEmpty()) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.missing"), Messages.get("password.missing.hint")));
        }
        return problems;
    }

    private static void checkUsername(String user, String pass, Carrier c, List<Problem> problems) {
        if (user.isEmpty()) {
            if (!pass.isEmpty()) {
                problems.add(Problem.error(USERNAME, Messages.get("username.missing"),
                        Messages.get("username.missing.hint")));
            }
            return;
        }
        if (Text.hasControl(user) || user.codePoints().anyMatch(Character::isWhitespace)) {
            problems.add(Problem.error(USERNAME, Messages.get("username.spaces"), Messages.get("username.spaces.hint")));
        }
        if (c == Carrier.TWILIO && user.length() > 32) {
            problems.add(Problem.error(USERNAME, Messages.get("username.twilio", user.length()),
                    Messages.get("username.twilio.hint")));
        }
        if (c == Carrier.TELNYX && !user.matches("[A-Za-z0-9]{4,32}")) {
            problems.add(Problem.error(USERNAME, Messages.get("username.telnyx"), Messages.get("username.telnyx.hint")));
        }
    }

    private static void checkPassword(String user, String pass, Carrier c, List<Problem> problems) {
        int length = pass.codePointCount(0, pass.length());
        if (pass.equals(PUBLISHED)) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.published"),
                    Messages.get("password.generate.hint")));
        }
        if (user.length() >= MIN_USERNAME_TO_COMPARE
                && pass.toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.containsUsername"),
                    Messages.get("password.generate.hint")));
        }
        if (Text.hasControl(pass)) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.control"), Messages.get("password.generate.hint")));
        }
        if (length < MIN_LENGTH) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.short", length, MIN_LENGTH),
                    Messages.get("password.generate.hint")));
        }
        List<String> missing = missingKinds(pass, c == Carrier.TWILIO);
        if (!missing.isEmpty()) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.kinds", String.join(", ", missing)),
                    Messages.get("password.generate.hint")));
        }
        if (c == Carrier.TELNYX && length > 128) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.telnyx.long", length),
                    Messages.get("password.generate.hint")));
        }
        if (!pass.equals(pass.strip())) {
            problems.add(Problem.warning(PASSWORD, Messages.get("password.edgeSpaces"),
                    Messages.get("password.edgeSpaces.hint")));
        }
        boolean blocked = problems.stream().anyMatch(p -> p.isError() && p.field().equals(PASSWORD));
        if (!blocked && length < RECOMMENDED_LENGTH) {
            problems.add(Problem.warning(PASSWORD, Messages.get("password.recommended", RECOMMENDED_LENGTH),
                    Messages.get("password.generate.hint")));
        }
    }

    /** The kinds of character the policy wants and the password lacks, in words. Twilio wants both cases. */
    private static List<String> missingKinds(String pass, boolean bothCases) {
        CharKinds kinds = CharKinds.of(pass);
        List<String> missing = new ArrayList<>();
        if (bothCases) {
            if (!kinds.upper()) {
                missing.add(Messages.get("password.kind.upper"));
            }
            if (!kinds.lower()) {
                missing.add(Messages.get("password.kind.lower"));
            }
        } else if (!kinds.letter()) {
            missing.add(Messages.get("password.kind.letter"));
        }
        if (!kinds.digit()) {
            missing.add(Messages.get("password.kind.digit"));
        }
        if (!kinds.symbol()) {
            missing.add(Messages.get("password.kind.symbol"));
        }
        return missing;
    }

    /**
     * 0 (very weak) to 4 (strong), for the window's meter: estimated guessing entropy from length and the kinds
     * of character used, lowered for repeats and runs, and 0 for the guide's published password.
     */
    public static int strength(String password) {
        if (password == null || password.isEmpty() || password.equals(PUBLISHED)) {
            return 0;
        }
        // Past 256 characters a password is strong whatever it holds; the cap keeps a pasted file quick.
        double bits = PasswordEntropy.bits(password.length() > 256 ? password.substring(0, 256) : password);
        if (bits < 28) {
            return 0;
        }
        if (bits < 40) {
            return 1;
        }
        if (bits < 60) {
            return 2;
        }
        return bits < 80 ? 3 : 4;
    }
}
