package org.trunkwizard.validation;

import java.util.List;
import java.util.Locale;

/**
 * A rough entropy estimate in bits: log2(pool size) per character, where a character that repeats the previous
 * one or continues a run (abc, 321) counts as almost free, and a common word or keyboard walk (also in 1337 speak:
 * "P@ssw0rd") counts as one guess from a short list. Enough to rank "Password1!" well below a random string.
 */
final class PasswordEntropy {

    /** Roughly log2 of a guesser's list of common words. */
    private static final double WORD_BITS = 10;
    private static final List<String> COMMON = List.of("password", "passwort", "welcome", "letmein", "qwerty",
            "qwertz", "azerty", "asdf", "zxcv", "admin", "secret", "trunk", "livekit", "twilio", "telnyx", "sip",
            "login", "master", "dragon", "monkey", "football", "iloveyou", "sunshine", "summer", "winter", "spring",
            "autumn", "secure", "changeme", "default", "user", "outbound", "12345", "11111", "00000");

    private PasswordEntropy() {
    }

    static double bits(String password) {
        double perChar = Math.log(CharKinds.of(password).poolSize()) / Math.log(2);
        String plain = unleet(password.toLowerCase(Locale.ROOT));
        double bits = 0;
        int previous = -1;
        int step = 0;
        int i = 0;
        while (i < plain.length()) {
            String word = commonWordAt(plain, i);
            if (word != null) {
                bits += WORD_BITS;
                i += word.length();
                previous = -1;
                continue;
            }
            int cp = plain.codePointAt(i);
            int d = previous < 0 ? 0 : cp - previous;
            boolean predictable = previous >= 0 && (d == 0 || (Math.abs(d) == 1 && d == step));
            bits += predictable ? 1 : perChar;
            step = d;
            previous = cp;
            i += Character.charCount(cp);
        }
        return bits;
    }

    private static String commonWordAt(String s, int i) {
        for (String w : COMMON) {
            if (s.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private static String unleet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '!', '|' -> 'i';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }
}
