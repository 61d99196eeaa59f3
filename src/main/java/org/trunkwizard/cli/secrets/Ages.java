package org.trunkwizard.cli.secrets;

import java.time.Duration;
import org.trunkwizard.i18n.Messages;

/** A duration in the largest whole unit, e.g. "3 d", for the age column. */
final class Ages {

    private Ages() {
    }

    static String format(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return Messages.get("age.seconds", seconds);
        }
        if (seconds < 3600) {
            return Messages.get("age.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return Messages.get("age.hours", seconds / 3600);
        }
        return Messages.get("age.days", seconds / 86_400);
    }
}
