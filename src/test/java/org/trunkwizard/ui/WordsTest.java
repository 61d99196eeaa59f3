package org.trunkwizard.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trunkwizard.i18n.Messages;

/** Words that contradicted each other (issue 12): one page must not say what another one warns against. */
class WordsTest {

    @Test
    void helpDoesNotUseTheFakeNumberTheWizardWarnsAbout() {
        String help = Messages.get("ui.help.text");
        assertFalse(help.replace(" ", "").contains("+1555"), help);
        assertFalse(Messages.get("livekit.failure.invalid.numbers.hint").contains("555"));
    }

    @Test
    void helpAndTheAddressHintAgreeOnALeadingSip() {
        assertTrue(Messages.get("ui.connection.address.hint").contains("sip: is fine"));
        assertFalse(Messages.get("ui.help.text").contains("without sip:"), Messages.get("ui.help.text"));
    }

    @Test
    void thePasswordHintNamesTheLengthsTheChecksUse() {
        String hint = Messages.get("ui.optional.password.hint");
        assertTrue(hint.contains("12") && hint.contains("16"), hint);
    }

    @Test
    void aTimedOutConnectionTestDoesNotTalkAboutRetriedCreates() {
        for (String key : new String[] {"livekit.failure.readTimeout.hint", "livekit.failure.dropped.hint"}) {
            assertFalse(Messages.get(key).contains("retried"), key + ": " + Messages.get(key));
        }
    }
}
