package org.trunkwizard.validation;

/** Which kinds of character a password uses: what the policy asks for and what the strength estimate counts. */
record CharKinds(boolean upper, boolean lower, boolean digit, boolean symbol, boolean otherLetter) {

    static CharKinds of(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            symbol |= !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
            other |= Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c);
        }
        return new CharKinds(upper, lower, digit, symbol, other);
    }

    boolean letter() {
        return upper || lower || otherLetter;
    }

    /** How many characters a guesser must try per position: the size of the alphabets used. */
    int poolSize() {
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (otherLetter ? 100 : 0);
        return Math.max(pool, 2);
    }
}
