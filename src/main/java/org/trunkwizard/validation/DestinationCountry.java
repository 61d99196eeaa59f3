package org.trunkwizard.validation;

import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;

/** The optional destination country: empty, or a two-letter ISO 3166 code, normalized to upper case. */
final class DestinationCountry {

    static final String FIELD = "destination_country";

    private DestinationCountry() {
    }

    /** The normalized code, or the problem explaining what to type instead. */
    record Checked(String normalized, Optional<Problem> problem) {
    }

    static Checked check(String typed) {
        String t = typed == null ? "" : typed.strip();
        String code = t.toUpperCase(Locale.ROOT);
        if (t.isEmpty() || (code.length() == 2 && Countries.isCode(code))) {
            return new Checked(code, Optional.empty());
        }
        String shown = Text.abbreviate(t);
        Optional<String> byName = "UK".equals(code) ? Optional.of("GB")
                : t.length() <= 60 ? Countries.codeForName(t) : Optional.empty();
        String hint = byName.map(c -> Messages.get("destination.byName.hint", c, Countries.name(c)))
                .orElseGet(() -> Messages.get("destination.invalid.hint"));
        return new Checked(t, Optional.of(Problem.error(FIELD, Messages.get("destination.invalid", shown), hint)));
    }
}
