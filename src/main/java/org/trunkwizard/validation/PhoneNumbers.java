package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** TEMP stub (lead: drop on merge): North American numbers only, no libphonenumber. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static List<NumberEntry> parse(String text, String defaultRegion) {
        List<NumberEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String piece : (text == null ? "" : text).split("[,;\\n]")) {
            String raw = piece.strip();
            if (raw.isEmpty()) {
                continue;
            }
            String field = "numbers[" + out.size() + "]";
            String digits = raw.replaceAll("[\\s().-]", "");
            String e164 = digits.matches("\\+[1-9][0-9]{7,14}") ? digits
                    : digits.matches("[2-9][0-9]{9}") && "US".equals(defaultRegion) ? "+1" + digits : "";
            if (e164.isEmpty()) {
                out.add(new NumberEntry(raw, "", "", "", NumberStatus.INVALID,
                        Problem.error(field, "\"" + raw + "\" is not a phone number (stub).", "")));
            } else if (!seen.add(e164)) {
                out.add(new NumberEntry(raw, e164, "US", "United States", NumberStatus.DUPLICATE,
                        Problem.warning(field, "Listed twice (stub).", "")));
            } else if (e164.startsWith("+1555")) {
                out.add(new NumberEntry(raw, e164, "US", "United States", NumberStatus.NOT_ASSIGNED,
                        Problem.warning(field, "Not an assigned number (stub).", "")));
            } else {
                out.add(new NumberEntry(raw, e164, e164.startsWith("+1") ? "US" : "",
                        e164.startsWith("+1") ? "United States" : "", NumberStatus.VALID, null));
            }
        }
        return out;
    }
}
