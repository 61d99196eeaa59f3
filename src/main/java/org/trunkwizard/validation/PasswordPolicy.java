package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;

/**
 * The trunk's SIP credentials. Both are optional (some carriers authenticate by IP), but they come as a pair.
 * Errors are what the chosen carrier refuses (Twilio: 12+ characters, a digit, both cases, ASCII; Telnyx: a
 * username and a password of 8 to 128), what cannot protect anything (the guide's published password) and a
 * password a guesser finds quickly, judged by estimated entropy rather than by the kinds of character it uses:
 * a long random password of letters and digits is strong without a symbol. The rest is a warning that says why.
 * Messages never repeat the password.
 */
public final class PasswordPolicy {

    static final String USERNAME = "auth_username";
    static final String PASSWORD = "auth_password";
    static final int TWILIO_MIN_LENGTH = 12;
    static final int TELNYX_MIN_LENGTH = 8;
    static final int TELNYX_MAX_LENGTH = 128;
    static final int RECOMMENDED_LENGTH = 16;
    /** Below this many estimated bits an offline guesser finds the password in hours: refused. */
    static final double FLOOR_BITS = 40;
    /** Below this the password works but is worth replacing: a warning. */
    static final double COMFORTABLE_BITS = 60;
    /** The guide prints this one as its example: everyone who read the guide knows it. */
    static final String PUBLISHED = "Em1ly_Trunk_2024!Secure";
    /** Below this, "contains the username" would flag almost any password. */
    private static final int MIN_USERNAME_TO_COMPARE = 3;
    /** Past 256 characters a password is strong whatever it holds; the cap keeps a pasted file quick. */
    private static final int MAX_ESTIMATED = 256;

    private PasswordPolicy() {
    }

    public static List<Problem> check(String username, String password, Optional<Carrier> carrier) {
        String user = username == null ? "" : username.strip();
        String pass = password == null ? "" : password;
        Carrier c = carrier == null ? Carrier.OTHER : carrier.orElse(Carrier.OTHER);
        List<Problem> problems = new ArrayList<>();
        if (c == Carrier.TELNYX && user.isEmpty() && pass.isEmpty()) {
            // A Telnyx credential connection authenticates every call by username and password.
            problems.add(Problem.error(USERNAME, Messages.get("username.telnyx.required"),
                    Messages.get("username.telnyx.hint")));
            problems.add(Problem.error(PASSWORD, Messages.get("password.telnyx.required"),
                    Messages.get("password.generate.hint")));
            return problems;
        }
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
        if (pass.equals(PUBLISHED)) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.published"),
                    Messages.get("password.generate.hint")));
        }
        if (Text.hasControl(pass)) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.control"), Messages.get("password.generate.hint")));
        }
        switch (c) {
            case TWILIO -> checkTwilio(pass, problems);
            case TELNYX -> checkTelnyx(pass, problems);
            default -> { }
        }
        double bits = bits(pass);
        boolean blocked = problems.stream().anyMatch(p -> p.isError() && p.field().equals(PASSWORD));
        if (!blocked && bits < FLOOR_BITS) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.guessable"),
                    Messages.get("password.generate.hint")));
            blocked = true;
        }
        if (user.length() >= MIN_USERNAME_TO_COMPARE
                && pass.toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.warning(PASSWORD, Messages.get("password.containsUsername"),
                    Messages.get("password.generate.hint")));
        }
        if (!pass.equals(pass.strip())) {
            problems.add(Problem.warning(PASSWORD, Messages.get("password.edgeSpaces"),
                    Messages.get("password.edgeSpaces.hint")));
        }
        if (!blocked && bits < COMFORTABLE_BITS) {
            problems.add(Problem.warning(PASSWORD, Messages.get("password.recommended", RECOMMENDED_LENGTH),
                    Messages.get("password.generate.hint")));
        }
    }

    /** Twilio's credential rules: the Twilio console and API refuse anything else. */
    private static void checkTwilio(String pass, List<Problem> problems) {
        int length = pass.codePointCount(0, pass.length());
        if (length < TWILIO_MIN_LENGTH) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.twilio.short", length, TWILIO_MIN_LENGTH),
                    Messages.get("password.generate.hint")));
        }
        List<String> missing = twilioMissingKinds(pass);
        if (!missing.isEmpty()) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.twilio.kinds", String.join(", ", missing)),
                    Messages.get("password.generate.hint")));
        }
        if (pass.chars().anyMatch(ch -> ch > 126)) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.twilio.ascii"),
                    Messages.get("password.generate.hint")));
        }
    }

    private static void checkTelnyx(String pass, List<Problem> problems) {
        int length = pass.codePointCount(0, pass.length());
        if (length < TELNYX_MIN_LENGTH || length > TELNYX_MAX_LENGTH) {
            problems.add(Problem.error(PASSWORD, Messages.get("password.telnyx.length", length,
                    TELNYX_MIN_LENGTH, TELNYX_MAX_LENGTH), Messages.get("password.generate.hint")));
        }
    }

    /** The kinds of character Twilio wants and the password lacks, in words. */
    private static List<String> twilioMissingKinds(String pass) {
        CharKinds kinds = CharKinds.of(pass);
        List<String> missing = new ArrayList<>();
        if (!kinds.upper()) {
            missing.add(Messages.get("password.kind.upper"));
        }
        if (!kinds.lower()) {
            missing.add(Messages.get("password.kind.lower"));
        }
        if (!kinds.digit()) {
            missing.add(Messages.get("password.kind.digit"));
        }
        return missing;
    }

    private static double bits(String password) {
        String estimated = password.length() > MAX_ESTIMATED ? password.substring(0, MAX_ESTIMATED) : password;
        return PasswordEntropy.bits(estimated);
    }

    /**
     * 0 (very weak) to 4 (strong), for the window's meter: estimated guessing entropy from length and the kinds
     * of character used, lowered for repeats and runs, and 0 for the guide's published password.
     */
    public static int strength(String password) {
        if (password == null || password.isEmpty() || password.equals(PUBLISHED)) {
            return 0;
        }
        double bits = bits(password);
        if (bits < 28) {
            return 0;
        }
        if (bits < FLOOR_BITS) {
            return 1;
        }
        if (bits < COMFORTABLE_BITS) {
            return 2;
        }
        return bits < 80 ? 3 : 4;
    }
}
