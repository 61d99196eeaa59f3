package org.trunkwizard.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Every user-visible string, shared by the CLI and the window, from {@code org/trunkwizard/messages.properties}.
 * Values are MessageFormat patterns: write {@code ''} for an apostrophe and {@code {0}} for an argument.
 */
public final class Messages {

    public static final String BUNDLE = "org.trunkwizard.messages";
    private static final String FILE = "/" + BUNDLE.replace('.', '/');

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return Loaded.BUNDLE;
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

    /**
     * Read once, on first use. With one message file and no translation, ResourceBundle.getBundle's search (a
     * ServiceLoader for bundle providers, then every candidate locale's class and file on the class path) finds the
     * same file after about 60 ms of a CLI command's start-up (issue 16). Should a translation for the user's
     * language ever be added, that search is what picks it, so it is used then.
     */
    private static final class Loaded {
        static final ResourceBundle BUNDLE = load(Locale.getDefault());

        private static ResourceBundle load(Locale locale) {
            String language = FILE + "_" + locale.getLanguage();
            if (!locale.getLanguage().isEmpty() && (Messages.class.getResource(language + ".properties") != null
                    || Messages.class.getResource(language + "_" + locale.getCountry() + ".properties") != null)) {
                return ResourceBundle.getBundle(Messages.BUNDLE, locale);
            }
            // The same reading getBundle does: UTF-8, ISO-8859-1 if the file is not valid UTF-8.
            try (InputStream in = Messages.class.getResourceAsStream(FILE + ".properties")) {
                if (in == null) {
                    throw new MissingResourceException("no " + FILE + ".properties", Messages.BUNDLE, "");
                }
                return new PropertyResourceBundle(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
