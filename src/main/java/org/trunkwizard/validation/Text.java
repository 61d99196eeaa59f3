package org.trunkwizard.validation;

/** Helpers for quoting what the user typed back to them. */
final class Text {

    static final int SHOWN = 40;

    private Text() {
    }

    /** At most {@value #SHOWN} characters, control characters shown as '?', so a message stays one short line. */
    static String abbreviate(String s) {
        String cut = s.length() > SHOWN ? s.substring(0, SHOWN - 1) + "\u2026" : s;
        StringBuilder b = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return b.toString();
    }

    static boolean hasControl(String s) {
        return s.codePoints().anyMatch(Character::isISOControl);
    }
}
