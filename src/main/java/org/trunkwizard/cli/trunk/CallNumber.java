package org.trunkwizard.cli.trunk;

import java.util.List;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.Problem;

/**
 * One phone number typed for a call ({@code --to}, {@code --from}), read by the same rules and in the same words
 * as every number field (validation's PhoneNumbers): spaces, dashes and brackets allowed, national numbers completed
 * with the region's country code, sent as E.164.
 *
 * @param e164    what is sent; the text as typed when it could not be read (then {@code problem} is an error)
 * @param problem an error (not a number) or a warning (a possible number no carrier has assigned)
 */
record CallNumber(String e164, Optional<Problem> problem) {

    boolean isError() {
        return problem.map(Problem::isError).orElse(false);
    }

    static CallNumber read(String text, String region, String field) {
        String typed = text == null ? "" : text.strip();
        List<NumberEntry> entries = PhoneNumbers.parse(typed, region);
        if (entries.size() != 1) {
            // Nothing, or several numbers: a call goes to one.
            return new CallNumber(typed, Optional.of(Problem.error(field,
                    Messages.get("cli.call.number.one", typed), Messages.get("cli.call.number.hint"))));
        }
        NumberEntry entry = entries.get(0);
        if (entry.problem() == null) {
            return new CallNumber(entry.e164(), Optional.empty());
        }
        Problem p = entry.problem();
        // The window's words. The hints differ: here a number is typed with --region, not a region picker, and an
        // unassigned number dialled is a typo to check, not a caller ID to replace.
        String hint = switch (entry.status()) {
            case INVALID -> Messages.get("cli.call.number.hint");
            case NOT_ASSIGNED -> field.equals(CallCommand.TO_FIELD) ? Messages.get("cli.call.number.unassigned.hint")
                    : p.hint();
            default -> p.hint();
        };
        Problem renamed = new Problem(field, p.severity(), p.message(), hint);
        return new CallNumber(entry.e164().isEmpty() ? typed : entry.e164(), Optional.of(renamed));
    }
}
