package org.trunkwizard.validation;

import java.security.SecureRandom;

/**
 * Makes trunk passwords that every carrier the wizard knows accepts and that pass {@link PasswordPolicy}:
 * 20 characters, starting with a letter, with upper case, lower case, a digit and a symbol.
 *
 * <p>Symbols: the guide's policy asks for one; Twilio (12+, digit, both cases) and Telnyx (8-128 characters) set no
 * rule against symbols, so we use only {@code - _ .}: unreserved in SIP and URIs, and needing no quoting in JSON,
 * shells or .env files. They never come first or last, where copying from text tends to drop them. Characters that
 * look alike (I l 1 O 0) are left out because people retype these into a carrier's console.
 */
public final class PasswordGenerator {

    public static final int LENGTH = 20;
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SYMBOLS = "-_.";
    private static final String LETTERS = UPPER + LOWER;
    private static final String ALNUM = LETTERS + DIGITS;
    private static final String ALL = ALNUM + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        char[] out = new char[LENGTH];
        out[0] = pick(LETTERS);
        for (int i = 1; i < LENGTH - 1; i++) {
            out[i] = pick(ALL);
        }
        out[LENGTH - 1] = pick(ALNUM);
        // Four distinct inner positions get one character of each required kind.
        int[] slots = distinctInnerPositions(4);
        out[slots[0]] = pick(UPPER);
        out[slots[1]] = pick(LOWER);
        out[slots[2]] = pick(DIGITS);
        out[slots[3]] = pick(SYMBOLS);
        return new String(out);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }

    private static int[] distinctInnerPositions(int count) {
        int[] inner = new int[LENGTH - 2];
        for (int i = 0; i < inner.length; i++) {
            inner[i] = i + 1;
        }
        for (int i = 0; i < count; i++) { // partial Fisher-Yates shuffle
            int j = i + RANDOM.nextInt(inner.length - i);
            int tmp = inner[i];
            inner[i] = inner[j];
            inner[j] = tmp;
        }
        return java.util.Arrays.copyOf(inner, count);
    }
}
