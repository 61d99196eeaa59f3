package org.trunkwizard.ui.carrier;

import java.util.Locale;
import org.trunkwizard.carriers.setup.SetupStep;
import org.trunkwizard.i18n.Messages;

/**
 * A setup step in the admin's words. The CLI prints the plain tokens ({@code create}, {@code planned}), which scripts
 * read as a contract; the window says "Create" and "will be made". A token with no words of its own (a new one a
 * carrier adds) is shown as it is rather than hidden.
 */
final class StepWords {

    private StepWords() {
    }

    static String line(SetupStep s) {
        return Messages.get("ui.carrierAccount.step", words("ui.carrierAccount.action.", s.action()), s.target(),
                words("ui.carrierAccount.result.", s.result()));
    }

    private static String words(String prefix, String token) {
        String key = prefix + token.toLowerCase(Locale.ROOT).replace(' ', '-');
        return Messages.bundle().containsKey(key) ? Messages.get(key) : token;
    }
}
