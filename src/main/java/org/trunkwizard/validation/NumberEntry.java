package org.trunkwizard.validation;

/**
 * One number as the user typed it and as it will be sent.
 *
 * @param raw           the text as typed (one number's worth)
 * @param e164          the number in E.164 ({@code +14155550132}); empty when it could not be read
 * @param regionCode    ISO 3166 region of the number ({@code US}); empty when unknown
 * @param countryRegion the region {@link #country()} names: {@code regionCode}, or libphonenumber's {@code 001}
 *                      for a non-geographic number; empty when unknown
 * @param status        what the wizard makes of it
 * @param problem       the warning or error to show beside it; null when {@link NumberStatus#VALID}
 */
public record NumberEntry(String raw, String e164, String regionCode, String countryRegion, NumberStatus status,
                          Problem problem) {

    /**
     * The region's name in the user's language; empty when unknown. Looked up when asked for: the names are the
     * JDK's CLDR tables, whose loading a {@code validate} that prints no country need not pay for (issue 16).
     */
    public String country() {
        return Countries.name(countryRegion);
    }
}
