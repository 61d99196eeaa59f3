package org.trunkwizard.validation;

/**
 * One number as the user typed it and as it will be sent.
 *
 * @param raw        the text as typed (one number's worth)
 * @param e164       the number in E.164 ({@code +14155550132}); empty when it could not be read
 * @param regionCode ISO 3166 region of the number ({@code US}); empty when unknown
 * @param country    the region's name in the user's language; empty when unknown
 * @param status     what the wizard makes of it
 * @param problem    the warning or error to show beside it; null when {@link NumberStatus#VALID}
 */
public record NumberEntry(String raw, String e164, String regionCode, String country, NumberStatus status,
                          Problem problem) {
}
