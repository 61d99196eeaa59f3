package org.trunkwizard.validation;

import java.security.SecureRandom;

/** TEMP stub until the validation helper's PasswordGenerator is merged: 20 characters, starts with a letter. */
public final class PasswordGenerator {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        String all = UPPER + LOWER + DIGITS;
        char[] out = new char[20];
        out[0] = pick(UPPER + LOWER);
        for (int i = 1; i < out.length; i++) {
            out[i] = pick(all);
        }
        out[1] = pick(UPPER);
        out[2] = pick(LOWER);
        out[3] = pick(DIGITS);
        return new String(out);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
