package org.trunkwizard.ui.credentials;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.SavedCredential;

/** One saved credential as the table shows it: what it is, what it belongs to, how old, whether it is due. */
record CredentialRow(SavedCredential saved, long ageDays) {

    /** The guide: "Rotate credentials periodically (every 90 days)". */
    static final int ROTATE_AFTER_DAYS = 90;

    static CredentialRow of(SavedCredential saved, Instant now) {
        return new CredentialRow(saved, Math.max(0, Duration.between(saved.lastRotated(), now).toDays()));
    }

    String kind() {
        String key = "credentials.kind." + saved.kind().word();
        return Messages.get(key);
    }

    String label() {
        return saved.label().isBlank() ? saved.key().id() : saved.label();
    }

    String project() {
        return saved.key().host();
    }

    String id() {
        return saved.key().id();
    }

    boolean isTrunk() {
        return saved.kind() == CredentialKind.TRUNK;
    }

    String age() {
        if (ageDays == 0) {
            return Messages.get("credentials.age.today");
        }
        return ageDays == 1 ? Messages.get("credentials.age.oneDay") : Messages.get("credentials.age.days", ageDays);
    }

    String ageTooltip() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        return Messages.get("credentials.age.tooltip", date.format(saved.created()), date.format(saved.lastRotated()));
    }

    boolean rotationDue() {
        return ageDays > ROTATE_AFTER_DAYS;
    }

    String reminder() {
        if (!rotationDue()) {
            return Messages.get("credentials.reminder.ok", ROTATE_AFTER_DAYS - ageDays);
        }
        return isTrunk() ? Messages.get("credentials.reminder.trunk") : Messages.get("credentials.reminder.livekit");
    }

    /** What to do about a due credential; null when it is not due. */
    String reminderTooltip() {
        if (!rotationDue()) {
            return null;
        }
        return isTrunk() ? Messages.get("credentials.reminder.trunk.tooltip", ROTATE_AFTER_DAYS)
                : Messages.get("credentials.reminder.livekit.tooltip", ROTATE_AFTER_DAYS);
    }
}
