package org.trunkwizard.validation;

import java.security.SecureRandom;

/** TEMP stub (lead: drop on merge). */
public final class PasswordGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALL = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private PasswordGenerator() {
    }

    public static String generate() {
        StringBuilder s = new StringBuilder("Aa2-");
        while (s.length() < 20) {
            s.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
        }
        return s.toString();
    }
}
