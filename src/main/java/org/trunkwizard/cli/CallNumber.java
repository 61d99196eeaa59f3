package org.trunkwizard.cli;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * One phone number typed for a call ({@code --to}, {@code --from}), read like every other number field: spaces,
 * dashes and brackets allowed, national numbers completed with the region's country code, sent as E.164.
 *
 * @param e164    what is sent; the text as typed when it could not be read (then {@code problem} is an error)
 * @param problem an error (not a number) or a warning (a possible number no carrier has assigned)
 */
record CallNumber(String e164, Optional<Problem> problem) {

    boolean isError() {
        return problem.map(p -> p.severity() == org.trunkwizard.validation.Severity.ERROR).orElse(false);
    }

    // TODO: use validation.PhoneNumbers.parse(text, region) (its single NumberEntry's e164 and problem, the
    // problem's field renamed to `field`) once that class is merged, so the CLI and the window say the same words.
    static CallNumber read(String text, String region, String field) {
        String typed = text == null ? "" : text.strip();
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber number;
        try {
            number = util.parse(typed, region);
        } catch (NumberParseException e) {
            return new CallNumber(typed, Optional.of(Problem.error(field,
                    Messages.get("cli.call.number.unreadable", typed), Messages.get("cli.call.number.hint"))));
        }
        if (number.hasExtension() || !util.isPossibleNumber(number)) {
            return new CallNumber(typed, Optional.of(Problem.error(field,
                    Messages.get("cli.call.number.unreadable", typed), Messages.get("cli.call.number.hint"))));
        }
        String e164 = util.format(number, PhoneNumberFormat.E164);
        if (!util.isValidNumber(number)) {
            return new CallNumber(e164, Optional.of(Problem.warning(field,
                    Messages.get("cli.call.number.unassigned", e164), Messages.get("cli.call.number.unassigned.hint"))));
        }
        return new CallNumber(e164, Optional.empty());
    }
}
