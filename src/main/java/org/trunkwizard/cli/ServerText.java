package org.trunkwizard.cli;

/**
 * Names and IDs from the server, made safe for a terminal. Anyone who can name a trunk in the project could
 * otherwise forge lines in {@code list} output (CR/LF), drive the terminal (ESC sequences) or reorder what is shown
 * (bidi controls). Such characters are shown as visible escapes ({@code \n}, {@code \u001b}, {@code \u202e}); JSON
 * output keeps the exact text, as JSON escapes it anyway.
 */
public final class ServerText {

    private ServerText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029;
    }
}
