package org.trunkwizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @SuppressWarnings("deprecation")
    private static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.getDefault());
    }

    private static List<String> e164(List<NumberEntry> entries) {
        return entries.stream().map(NumberEntry::e164).toList();
    }

    @Test
    void guideNumbersAreReadButAreNotAssigned() {
        List<NumberEntry> entries = PhoneNumbers.parse("+15551234567,+15551234568", "US");
        assertEquals(List.of("+15551234567", "+15551234568"), e164(entries));
        for (int i = 0; i < 2; i++) {
            NumberEntry e = entries.get(i);
            assertEquals(NumberStatus.NOT_ASSIGNED, e.status());
            assertEquals("US", e.regionCode());
            assertEquals(countryName("US"), e.country());
            assertEquals("numbers[" + i + "]", e.problem().field());
            assertEquals(Severity.WARNING, e.problem().severity());
            assertTrue(e.problem().message().contains(e.e164()), e.problem().message());
        }
    }

    @Test
    void nationalFormatUsesTheDefaultRegion() {
        NumberEntry e = PhoneNumbers.parse("(415) 555-0132", "US").get(0);
        assertEquals("+14155550132", e.e164());
        assertEquals("US", e.regionCode());
        assertEquals("(415) 555-0132", e.raw());
    }

    @Test
    void theRegionDecidesWhatANationalNumberMeans() {
        assertEquals("+442079460958", PhoneNumbers.parse("020 7946 0958", "GB").get(0).e164());
        NumberEntry inUs = PhoneNumbers.parse("020 7946 0958", "US").get(0);
        assertTrue(inUs.status() != NumberStatus.VALID, "not a US number: " + inUs);
    }

    @Test
    void spacesInsideANumberAndSpacesBetweenNumbersAreTold() {
        List<NumberEntry> entries = PhoneNumbers.parse("+1 650 253 0000 +44 20 7946 0958\n+49 30 901820", "US");
        assertEquals(List.of("+16502530000", "+442079460958", "+4930901820"), e164(entries));
        assertEquals(List.of("US", "GB", "DE"), entries.stream().map(NumberEntry::regionCode).toList());
        assertEquals(List.of(countryName("US"), countryName("GB"), countryName("DE")),
                entries.stream().map(NumberEntry::country).toList());
    }

    @Test
    void separatorsCommaSemicolonNewlineAndSeveralListEntries() {
        List<NumberEntry> entries = PhoneNumbers.parse(List.of("+16502530000; +442079460958", "+4930901820\r\n"),
                "US");
        assertEquals(List.of("+16502530000", "+442079460958", "+4930901820"), e164(entries));
        assertTrue(entries.stream().allMatch(e -> e.status() == NumberStatus.VALID && e.problem() == null));
    }

    @Test
    void duplicatesAfterNormalizationWarnAndAreDropped() {
        List<NumberEntry> entries = PhoneNumbers.parse("+1 650 253 0000, (650) 253-0000, +16502530000", "US");
        assertEquals(NumberStatus.VALID, entries.get(0).status());
        assertNull(entries.get(0).problem());
        assertEquals(NumberStatus.DUPLICATE, entries.get(1).status());
        assertEquals("numbers[1]", entries.get(1).problem().field());
        assertEquals(Severity.WARNING, entries.get(2).problem().severity());
        assertEquals(List.of("+16502530000"), PhoneNumbers.normalized(entries));
    }

    @Test
    void garbageIsAnErrorNamingItsPlace() {
        List<NumberEntry> entries = PhoneNumbers.parse("+16502530000, call me, 12, +999 123456789", "US");
        assertEquals(NumberStatus.VALID, entries.get(0).status());
        for (int i = 1; i < entries.size(); i++) {
            NumberEntry e = entries.get(i);
            assertEquals(NumberStatus.INVALID, e.status(), e.toString());
            assertEquals("", e.e164());
            assertEquals("", e.country());
            assertEquals("numbers[" + i + "]", e.problem().field());
            assertEquals(Severity.ERROR, e.problem().severity());
            assertTrue(e.problem().message().contains(e.raw()), e.problem().message());
        }
        assertEquals(4, entries.size());
        assertTrue(entries.get(2).problem().message().contains("too short"), entries.get(2).problem().message());
    }

    @Test
    void textBetweenSpaceSeparatedNumbersIsNotSilentlyDropped() {
        List<NumberEntry> entries = PhoneNumbers.parse("+1 650 253 0000 oops +44 20 7946 0958", "US");
        assertEquals(3, entries.size(), entries.toString());
        assertEquals(NumberStatus.INVALID, entries.get(1).status());
        assertEquals("oops", entries.get(1).raw());
    }

    @Test
    void numberWithoutCountryCodeAndNoRegionAsksForThePlus() {
        NumberEntry e = PhoneNumbers.parse("650 253 0000", "ZZ").get(0);
        assertEquals(NumberStatus.INVALID, e.status());
        assertTrue(e.problem().hint().contains("+"), e.problem().hint());
    }

    @Test
    void localNumberWithoutAreaCodeAndExtensionsAreRefused() {
        assertEquals(NumberStatus.INVALID, PhoneNumbers.parse("253 0000", "US").get(0).status());
        NumberEntry ext = PhoneNumbers.parse("+1 650 253 0000 ext. 12", "US").get(0);
        assertEquals(NumberStatus.INVALID, ext.status());
        assertTrue(ext.problem().message().contains("extension"), ext.problem().message());
    }

    @Test
    void aPastedFileOfNumbersIsCutAtTheLimitWithAnError() {
        List<NumberEntry> entries = PhoneNumbers.parse("x;".repeat(PhoneNumbers.MAX_ENTRIES + 5), "US");
        assertEquals(PhoneNumbers.MAX_ENTRIES + 1, entries.size());
        Problem last = entries.get(entries.size() - 1).problem();
        assertEquals("numbers", last.field());
        assertTrue(last.message().contains("20,000") || last.message().contains("20000"), last.message());
    }

    @Test
    void nothingTypedGivesNoEntries() {
        assertEquals(List.of(), PhoneNumbers.parse(" , ;\n", "US"));
        assertEquals(List.of(), PhoneNumbers.parse((String) null, "US"));
    }
}
