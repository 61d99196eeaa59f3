package org.trunkwizard.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string, shared by the CLI and the window, from {@code org/trunkwizard/messages.properties}.
 * Values are MessageFormat patterns: write {@code ''} for an apostrophe and {@code {0}} for an argument.
 */
public final class Messages {

    public static final String BUNDLE = "org.trunkwizard.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The formatted message for {@code key}; a missing key shows itself rather than failing the user's action. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
