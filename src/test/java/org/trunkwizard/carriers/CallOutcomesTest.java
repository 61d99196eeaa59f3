package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.trunkwizard.carriers.CallOutcome.Kind;
import org.trunkwizard.trunk.Carrier;

class CallOutcomesTest {

    @ParameterizedTest
    @CsvSource({
        "200, ANSWERED, answered",
        "403, FORBIDDEN, refused",
        "404, NOT_FOUND, could not find",
        "484, NOT_FOUND, could not find",
        "480, UNAVAILABLE, unavailable",
        "486, BUSY, busy",
        "600, BUSY, busy",
        "487, CANCELLED, cancelled",
        "408, NO_RESPONSE, No answer came back",
        "401, AUTH_FAILED, password",
        "407, AUTH_FAILED, password",
        "402, PAYMENT_REQUIRED, billing",
        "488, MEDIA_MISMATCH, media",
        "603, DECLINED, declined",
        "503, CARRIER_DOWN, could not take the call",
        "500, CARRIER_DOWN, could not take the call",
        "499, OTHER, SIP status 499"})
    void eachStatusHasItsExplanation(int status, Kind kind, String words) {
        CallOutcome o = CallOutcomes.fromSipStatus(status, Carrier.OTHER);
        assertEquals(kind, o.kind());
        assertEquals(status, o.sipStatus());
        assertTrue(o.explanation().contains(words), o.explanation());
        assertEquals(kind == Kind.ANSWERED, o.fix().isEmpty(), o.fix());
    }

    /** Voicemail answers with 200 like a person: the words must not promise the person was reached. */
    @Test
    void anAnsweredCallSaysVoicemailLooksTheSame() {
        CallOutcome o = CallOutcomes.fromSipStatus(200, Carrier.TWILIO);
        assertTrue(o.explanation().contains("voicemail"), o.explanation());
    }

    @Test
    void aDeclinedCallIsNotASuccess() {
        CallOutcome o = CallOutcomes.fromSipStatus(603, Carrier.TWILIO);
        assertEquals(Kind.DECLINED, o.kind());
        assertFalse(o.fix().isEmpty(), "a declined call says what to do");
    }

    @Test
    void forbiddenNamesTheCarriersOwnSettings() {
        CallOutcome twilio = CallOutcomes.fromSipStatus(403, Carrier.TWILIO);
        assertTrue(twilio.explanation().startsWith("Twilio refused"), twilio.explanation());
        assertTrue(twilio.fix().contains("Credential List"), twilio.fix());
        assertTrue(twilio.fix().contains("Geographic Permissions"), twilio.fix());
        CallOutcome telnyx = CallOutcomes.fromSipStatus(403, Carrier.TELNYX);
        assertTrue(telnyx.fix().contains("Outbound Voice Profile"), telnyx.fix());
        CallOutcome other = CallOutcomes.fromSipStatus(403, Carrier.OTHER);
        assertNotEquals(twilio.fix(), other.fix());
    }

    @Test
    void theCarriersSipStatusIsUsed() {
        CallOutcome o = CallOutcomes.explain("unavailable", "twirp error unknown: sip status: 486", 486,
                Carrier.TELNYX).orElseThrow();
        assertEquals(Kind.BUSY, o.kind());
        assertEquals(486, o.sipStatus());
    }

    @Test
    void aStatusInTheMessageIsUsedWhenMetaIsMissing() {
        assertEquals(Kind.FORBIDDEN, CallOutcomes.explain("internal", "sip status: 403", 0, null).orElseThrow().kind());
    }

    @Test
    void noResponseMeansAddressTransportOrFirewall() {
        CallOutcome o = CallOutcomes.explain("unknown",
                "INVITE failed: transaction failed to complete (0 intermediate responses)", 0, Carrier.TWILIO)
                .orElseThrow();
        assertEquals(Kind.NO_RESPONSE, o.kind());
        assertEquals(0, o.sipStatus());
        assertTrue(o.fix().contains("5060") && o.fix().contains("5061") && o.fix().contains("TCP"), o.fix());
        assertEquals(Kind.NO_RESPONSE, CallOutcomes.explain("deadline_exceeded", "", 0, null).orElseThrow().kind());
    }

    @Test
    void maxAuthRetriesMeansWrongPassword() {
        CallOutcome o = CallOutcomes.explain("unknown", "max auth retry attempts reached", 0, Carrier.TWILIO)
                .orElseThrow();
        assertEquals(Kind.AUTH_FAILED, o.kind());
        assertTrue(o.fix().contains("Credential List"), o.fix());
    }

    @Test
    void notFoundWithoutSipStatusIsTheTrunkId() {
        CallOutcome o = CallOutcomes.explain("not_found", "requested sip trunk does not exist", 0, null)
                .orElseThrow();
        assertEquals(Kind.WRONG_TRUNK_ID, o.kind());
        assertTrue(o.fix().contains("TK"), o.fix());
    }

    @Test
    void anythingElseIsLeftToLiveKitsOwnWords() {
        assertTrue(CallOutcomes.explain("internal", "something odd", 0, Carrier.OTHER).isEmpty());
    }

    @Test
    void failuresThatAreNotTheCallsOwnAreLeftToLiveKitsExplanation() {
        assertTrue(CallOutcomes.explain("unauthenticated", "permissions denied", 0, null).isEmpty());
        assertTrue(CallOutcomes.explain("invalid_argument", "sip call to should be a number", 0, null).isEmpty());
        assertEquals(Kind.BUSY, CallOutcomes.explain("unavailable", "", 486, Carrier.TWILIO).orElseThrow().kind());
    }

    @Test
    void withoutAStatusTheWordsSaySoWithoutQuotingOne() {
        CallOutcome auth = CallOutcomes.explain("unknown", "max auth retry attemps reached", 0, null).orElseThrow();
        assertEquals("auth_password", auth.asProblem().field());
        assertTrue(auth.explanation().startsWith("The carrier kept refusing"), auth.explanation());
        assertFalse(auth.explanation().contains("SIP 0"), auth.explanation());
        CallOutcome rang = CallOutcomes.explain("canceled", "transaction failed to complete (2 intermediate responses)",
                0, null).orElseThrow();
        assertEquals(Kind.UNANSWERED, rang.kind());
        CallOutcome noAuth = CallOutcomes.explain("unknown",
                "server required auth, but no username or password was provided", 0, Carrier.TELNYX).orElseThrow();
        assertEquals(Kind.NO_CREDENTIALS, noAuth.kind());
        assertEquals("auth_username", noAuth.asProblem().field());
        assertTrue(noAuth.explanation().startsWith("Telnyx asks"), noAuth.explanation());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void noMessageIsMissingForAnyCarrier(Carrier carrier) {
        for (int status = 100; status < 700; status++) {
            CallOutcome o = CallOutcomes.fromSipStatus(status, carrier);
            assertFalse(o.explanation().contains("!carriers") || o.fix().contains("!carriers"), o.toString());
            assertFalse(o.explanation().contains("{"), o.explanation());
        }
    }
}
