package org.trunkwizard.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trunkwizard.i18n.Messages;

/** ISO 3166 two-letter region codes and their names in the user's language. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    /** Display names are looked up per number shown; caching keeps a 10,000-number list fast. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private Countries() {
    }

    static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** "United States" for US in an English locale; empty for unknown; a word for non-geographic numbers. */
    static String name(String regionCode) {
        if (regionCode == null || regionCode.isEmpty() || "ZZ".equals(regionCode)) {
            return "";
        }
        if ("001".equals(regionCode)) {
            return Messages.get("numbers.country.international");
        }
        Locale ui = Locale.getDefault();
        return NAMES.computeIfAbsent(ui.toLanguageTag() + "|" + regionCode,
                k -> displayName(regionCode, ui));
    }

    /** The code for a country typed by name ("Germany" or its name in the user's language), if any. */
    static Optional<String> codeForName(String name) {
        String wanted = name.strip();
        for (String code : CODES) {
            if (displayName(code, Locale.getDefault()).equalsIgnoreCase(wanted)
                    || displayName(code, Locale.ENGLISH).equalsIgnoreCase(wanted)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("deprecation") // Locale.of arrives in Java 19; the constructor is the Java 17 way
    private static String displayName(String code, Locale in) {
        return new Locale("", code).getDisplayCountry(in);
    }
}
