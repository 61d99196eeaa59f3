package org.trunkwizard.carriers.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.secrets.MemoryKeychain;
import org.trunkwizard.secrets.SavedCredentials;

/** The one key convention the CLI's `carrier login` and the window's Remember both use. */
class SavedCarrierLoginsTest {

    private static final String SID = "AC" + "0".repeat(32);
    private static final String KEY = "SK" + "1".repeat(32);

    @TempDir
    Path config;

    private final MemoryKeychain keychain = new MemoryKeychain();

    private SavedCarrierLogins logins() {
        return new SavedCarrierLogins(new SavedCredentials(keychain, config));
    }

    @Test
    void aLoginComesBackAsItWasSavedAndTheIndexHoldsNoSecret() throws Exception {
        logins().save(new CarrierLogin.Twilio(SID, KEY, "secret-sentinel-1"), "Twilio API secret");
        CarrierLogin back = logins().load(Carrier.TWILIO).orElseThrow();
        assertEquals(new CarrierLogin.Twilio(SID, KEY, "secret-sentinel-1"), back);
        try (var files = Files.walk(config)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains("secret-sentinel-1"), f.toString());
            }
        }
    }

    @Test
    void oneLoginPerCarrierALaterOneReplacesIt() throws Exception {
        logins().save(new CarrierLogin.Twilio(SID, SID, "first"), "Twilio");
        logins().save(new CarrierLogin.Twilio(SID, KEY, "second"), "Twilio");
        logins().save(new CarrierLogin.Telnyx("telnyx-key"), "Telnyx");
        assertEquals("second", logins().load(Carrier.TWILIO).orElseThrow().secret());
        assertEquals(2, keychain.entries.size());
        assertTrue(logins().delete(Carrier.TWILIO));
        assertFalse(logins().delete(Carrier.TWILIO));
        assertEquals("telnyx-key", logins().load(Carrier.TELNYX).orElseThrow().secret());
    }

    @Test
    void theIdIsTheInverseOfTheLogin() {
        for (CarrierLogin l : new CarrierLogin[] {new CarrierLogin.Twilio(SID, SID, "t"),
                new CarrierLogin.Twilio(SID, KEY, "t"), new CarrierLogin.Telnyx("t")}) {
            assertEquals(l, SavedCarrierLogins.login(l.carrier(), SavedCarrierLogins.id(l), "t"));
        }
    }
}
