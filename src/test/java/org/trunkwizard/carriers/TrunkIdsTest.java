package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trunkwizard.carriers.TrunkIds.Kind;
import org.trunkwizard.validation.Problem;

class TrunkIdsTest {

    @ParameterizedTest
    @CsvSource({
        "ST_o9uDVJ2spazs, LIVEKIT_TRUNK",
        "' ST_o9uDVJ2spazs ', LIVEKIT_TRUNK",
        "TK0123456789abcdef0123456789abcdef, TWILIO_TRUNK_SID",
        "PN0123456789abcdef0123456789abcdef, TWILIO_OTHER_SID",
        "SDR_o9uDVJ2spazs, LIVEKIT_DISPATCH_RULE",
        "SCL_o9uDVJ2spazs, LIVEKIT_CALL",
        "PN_PPN_ACRcLgLG8e2t, LIVEKIT_PHONE_NUMBER",
        "ST_o9uDVJ2spaz, UNKNOWN",
        "ST_o9uDVJ2spaz0, LIVEKIT_TRUNK",
        "ST_XXXXXXXXXXX1, LIVEKIT_TRUNK",
        "'', EMPTY",
        "PA_o9uDVJ2spazs, LIVEKIT_PARTICIPANT",
        "hello, UNKNOWN"})
    void classifies(String text, Kind expected) {
        assertEquals(expected, TrunkIds.classify(text));
    }

    @Test
    void aLiveKitTrunkIdPasses() {
        assertTrue(TrunkIds.check("trunk_id", "ST_o9uDVJ2spazs").isEmpty());
    }

    @Test
    void aTwilioTrunkSidIsExplained() {
        Problem p = TrunkIds.check("trunk_id", "TK0123456789abcdef0123456789abcdef").orElseThrow();
        assertEquals("trunk_id", p.field());
        assertTrue(p.isError());
        assertTrue(p.message().contains("Twilio trunk SID"), p.message());
        assertTrue(p.hint().contains("ST_"), p.hint());
    }

    @Test
    void aShortenedIdIsOnlyAWarningThatSaysHowLongItIs() {
        Problem p = TrunkIds.check("trunk_id", "ST_o9uDVJ2spa").orElseThrow();
        assertFalse(p.isError(), "LiveKit decides: " + p);
        assertTrue(p.message().contains("10 characters"), p.message());
    }

    @ParameterizedTest
    @CsvSource({"ST_XXXXXXXXXXX1", "ST_0OIl1x9kQw3r7T2bZ5mN8pYc", "ST_a1", "my-trunk"})
    void anIdOfUnusualShapeIsNeverAnError(String id) {
        assertTrue(TrunkIds.check("trunk_id", id).stream().noneMatch(Problem::isError), id);
    }

    @ParameterizedTest
    @CsvSource({"SDR_o9uDVJ2spazs", "SCL_o9uDVJ2spazs", "PN_PPN_ACRcLgLG8e2t", "PA_o9uDVJ2spazs",
        "TK0123456789abcdef0123456789abcdef", "''"})
    void whatCannotBeATrunkIdIsAnError(String id) {
        assertTrue(TrunkIds.check("trunk_id", id).orElseThrow().isError(), id);
    }

    @Test
    void theGuidesPhoneNumberIdIsNotATrunkId() {
        assertTrue(TrunkIds.check("trunk_id", "PN_PPN_ACRcLgLG8e2t").orElseThrow().message()
                .contains("phone number ID"));
    }
}
