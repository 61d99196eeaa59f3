package org.trunkwizard.validation;

/** TEMP stub (lead: drop on merge): the validation helper's real record replaces it. */
public record NumberEntry(String raw, String e164, String regionCode, String country, NumberStatus status,
                          Problem problem) {
}
