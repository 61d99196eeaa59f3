package org.trunkwizard.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;

/**
 * Reads the caller ID numbers as people type them: separated by commas, semicolons, line breaks or spaces, with
 * spaces, dashes and brackets inside a number, with or without the country code. Each becomes E.164.
 * A problem names the field {@code numbers[i]}, zero-based: for a list (a file's array, the guide's comma list) i is
 * the entry's own position, even when an entry holds several numbers or duplicates are dropped; for one text, the
 * number's position in it. A number written with letters (1-800-FLOWERS) is converted, with a warning that shows
 * the digits.
 */
public final class PhoneNumbers {

    /** A piece longer than this between separators is not something a person typed as numbers. */
    static final int MAX_PIECE = 400;
    /** Beyond this many entries the rest is not read: a trunk with more caller IDs than this is a pasted file. */
    static final int MAX_ENTRIES = 20_000;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n\\u2028\\u2029]+");
    private static final String NON_GEOGRAPHIC = "001";
    /** Message keys per reason: numbers.invalid.tooShort, numbers.invalid.countryCode... */
    private static final String INVALID_KEY = "numbers.invalid.";

    private PhoneNumbers() {
    }

    /** libphonenumber loads its metadata on first use (~50 ms): only when the first number is checked. */
    private static final class Lib {
        static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    }

    /** A piece of text that is one number's worth: parsed, or the reason it is not a number; its list entry. */
    private record Candidate(String raw, PhoneNumber number, String reason, int entry) {

        Candidate inEntry(int index) {
            return new Candidate(raw, number, reason, index);
        }

        /** libphonenumber reads letters as keypad digits: the user must see what that made. */
        boolean spelled() {
            String digitsPart = raw.regionMatches(true, 0, "tel:", 0, 4) ? raw.substring(4) : raw;
            return number != null && digitsPart.codePoints().anyMatch(Character::isLetter);
        }
    }

    /**
     * Loads libphonenumber's metadata and the country names now, so the first keystroke in the numbers field does
     * not pay for them.
     * The window calls this off the FX thread after its first frame.
     */
    public static void warmUp() {
        parse("+1 650 253 0000", "US").forEach(NumberEntry::country);
    }

    /** One text, as typed in a field: {@code numbers[i]} counts the numbers in it. */
    public static List<NumberEntry> parse(String text, String defaultRegion) {
        return parse(text == null ? List.of() : List.of(text), defaultRegion, false);
    }

    /** Each entry may hold several numbers ("+1 650 253 0000, +44 20 7946 0958"); {@code numbers[i]} is entry i. */
    public static List<NumberEntry> parse(List<String> entries, String defaultRegion) {
        return parse(entries, defaultRegion, true);
    }

    private static List<NumberEntry> parse(List<String> entries, String defaultRegion, boolean byEntry) {
        String region = defaultRegion == null ? "ZZ" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        List<Candidate> candidates = new ArrayList<>();
        if (entries != null) {
            for (int index = 0; index < entries.size(); index++) {
                String entry = entries.get(index);
                if (entry == null) {
                    continue;
                }
                for (String piece : SEPARATORS.split(entry)) {
                    String p = piece.strip();
                    if (candidates.size() > MAX_ENTRIES) {
                        break;
                    }
                    if (!p.isEmpty()) {
                        int before = candidates.size();
                        split(p, region, candidates);
                        for (int c = before; c < candidates.size(); c++) {
                            candidates.set(c, candidates.get(c).inEntry(index));
                        }
                    }
                }
            }
        }
        boolean tooMany = candidates.size() > MAX_ENTRIES;
        List<Candidate> read = tooMany ? candidates.subList(0, MAX_ENTRIES) : candidates;
        List<NumberEntry> out = new ArrayList<>(read.size() + 1);
        Set<String> seen = new HashSet<>();
        for (Candidate c : read) {
            out.add(toEntry(c, "numbers[" + (byEntry ? c.entry() : out.size()) + "]", seen));
        }
        if (tooMany) {
            out.add(new NumberEntry("", "", "", "", NumberStatus.INVALID, Problem.error("numbers",
                    Messages.get("numbers.tooMany", MAX_ENTRIES), Messages.get("numbers.tooMany.hint"))));
        }
        return out;
    }

    /** The numbers to send: E.164, duplicates dropped; unreadable entries stay as typed so nothing vanishes. */
    public static List<String> normalized(List<NumberEntry> entries) {
        return entries.stream()
                .filter(e -> e.status() != NumberStatus.DUPLICATE)
                .map(e -> e.e164().isEmpty() ? e.raw() : e.e164())
                .toList();
    }

    private static void split(String piece, String region, List<Candidate> out) {
        if (piece.length() > MAX_PIECE) {
            out.add(new Candidate(piece, null, "notANumber", 0));
            return;
        }
        Candidate whole = read(piece, region);
        if (whole.number() != null || !containsSpace(piece)) {
            out.add(whole);
            return;
        }
        // Several numbers separated by spaces: let libphonenumber find where each begins and ends.
        int end = 0;
        boolean found = false;
        for (PhoneNumberMatch m : Lib.UTIL.findNumbers(piece, region, PhoneNumberUtil.Leniency.POSSIBLE,
                Long.MAX_VALUE)) {
            addLeftover(piece.substring(end, m.start()), region, out);
            out.add(read(m.rawString(), region));
            end = m.end();
            found = true;
        }
        if (!found) {
            out.add(whole);
            return;
        }
        addLeftover(piece.substring(end), region, out);
    }

    private static void addLeftover(String text, String region, List<Candidate> out) {
        String t = text.strip();
        if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(read(t, region));
        }
    }

    private static Candidate read(String raw, String region) {
        PhoneNumber n;
        try {
            n = Lib.UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            return new Candidate(raw, null, reason(e.getErrorType()), 0);
        }
        if (n.hasExtension()) {
            return new Candidate(raw, null, "extension", 0);
        }
        ValidationResult possible = Lib.UTIL.isPossibleNumberWithReason(n);
        return switch (possible) {
            case IS_POSSIBLE -> new Candidate(raw, n, "", 0);
            case IS_POSSIBLE_LOCAL_ONLY -> new Candidate(raw, null, "localOnly", 0);
            case INVALID_COUNTRY_CODE -> new Candidate(raw, null, "countryCode", 0);
            case TOO_SHORT -> new Candidate(raw, null, "tooShort", 0);
            case TOO_LONG -> new Candidate(raw, null, "tooLong", 0);
            default -> new Candidate(raw, null, "length", 0);
        };
    }

    private static String reason(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> "countryCode";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "tooShort";
            case TOO_LONG -> "tooLong";
            default -> "notANumber";
        };
    }

    private static NumberEntry toEntry(Candidate c, String field, Set<String> seen) {
        String shown = Text.abbreviate(c.raw());
        if (c.number() == null) {
            Problem p = Problem.error(field, Messages.get(INVALID_KEY + c.reason(), shown),
                    Messages.get("numbers.invalid.hint"));
            return new NumberEntry(c.raw(), "", "", "", NumberStatus.INVALID, p);
        }
        PhoneNumber n = c.number();
        String e164 = Lib.UTIL.format(n, PhoneNumberFormat.E164);
        // One region lookup serves both the country shown and validity (isValidNumber would look it up again).
        String regionCode = Lib.UTIL.getRegionCodeForNumber(n);
        boolean valid = regionCode != null && Lib.UTIL.isValidNumberForRegion(n, regionCode);
        if (regionCode == null) {
            regionCode = Lib.UTIL.getRegionCodeForCountryCode(n.getCountryCode());
        }
        String region = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(regionCode)
                || NON_GEOGRAPHIC.equals(regionCode) ? "" : regionCode;
        if (!seen.add(e164)) {
            return new NumberEntry(c.raw(), e164, region, regionCode, NumberStatus.DUPLICATE,
                    Problem.warning(field, Messages.get("numbers.duplicate", e164),
                            Messages.get("numbers.duplicate.hint")));
        }
        if (!valid) {
            return new NumberEntry(c.raw(), e164, region, regionCode, NumberStatus.NOT_ASSIGNED,
                    Problem.warning(field, Messages.get("numbers.notAssigned", e164, Countries.name(regionCode)),
                            Messages.get("numbers.notAssigned.hint")));
        }
        if (c.spelled()) {
            return new NumberEntry(c.raw(), e164, region, regionCode, NumberStatus.SPELLED,
                    Problem.warning(field, Messages.get("numbers.spelled", Text.abbreviate(c.raw()), e164),
                            Messages.get("numbers.spelled.hint")));
        }
        return new NumberEntry(c.raw(), e164, region, regionCode, NumberStatus.VALID, null);
    }

    private static boolean containsSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
