package org.trunkwizard.cli.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trunkwizard.carriers.account.CarrierLogin;

/** A saved or typed login reaches the carrier clients as their own environment variables would. */
class CarrierLoginCommandTest {

    private static final String SID = "AC" + "0".repeat(32);
    private static final String KEY = "SK" + "1".repeat(32);

    @Test
    void eachKindOfLoginBecomesItsCarriersVariables() {
        assertEquals(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "token", "HOME", "/h"),
                CarrierLoginCommand.withSecret(Map.of("HOME", "/h"), new CarrierLogin.Twilio(SID, SID, "token")));
        assertEquals(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_API_KEY", KEY, "TWILIO_API_SECRET", "secret"),
                CarrierLoginCommand.withSecret(Map.of(), new CarrierLogin.Twilio(SID, KEY, "secret")));
        assertEquals(Map.of("TELNYX_API_KEY", "key"),
                CarrierLoginCommand.withSecret(Map.of(), new CarrierLogin.Telnyx("key")));
    }
}
