package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.trunkwizard.carriers.telnyx.server.TelnyxTestServer;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer;
import org.trunkwizard.livekit.server.LiveKitTestServer;
import org.trunkwizard.secrets.PrivateSecretService;

/**
 * carrier login/logout against a real Secret Service with sentinel secrets: checked against the carrier, kept in the
 * keychain and used when the environment has none, and found nowhere else (files, anything printed).
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class CarrierLoginTest {

    @RegisterExtension
    static final PrivateSecretService SERVICE = PrivateSecretService.unlocked();
    @RegisterExtension
    final IsolatedJvm jvm = new IsolatedJvm();

    static final String TELNYX_KEY = "SENTINEL-telnyx-login-6a1f";
    static final String ACCOUNT = "AC" + "0".repeat(31) + "9";
    static final String TOKEN = "SENTINEL-twilio-login-e27b";

    TelnyxTestServer telnyx;
    TwilioTestServer twilio;
    final List<String> printed = new ArrayList<>();
    CapturedConsole last;

    @BeforeEach
    void start() {
        telnyx = TelnyxTestServer.start(TELNYX_KEY);
        telnyx.addNumber("+15557770009");
        twilio = TwilioTestServer.start(ACCOUNT, TOKEN);
        twilio.addNumber("+15551230009");
    }

    @AfterEach
    void stop() throws Exception {
        printed.add(jvm.printed());
        Sentinels.assertAbsentFromText(printed, List.of(TELNYX_KEY, TOKEN));
        Sentinels.assertAbsentFromFiles(jvm.config(), List.of(TELNYX_KEY, TOKEN), "the config folder");
        telnyx.close();
        twilio.close();
    }

    int run(Map<String, String> env, String typed, String stdin, String... args) {
        last = new CapturedConsole(env, typed, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = last.run(args);
        printed.add(last.out());
        printed.add(last.err());
        return code;
    }

    @Test
    void aTelnyxKeyTypedAtTheHiddenPromptIsCheckedKeptAndUsedThenLogoutRemovesIt() {
        Map<String, String> env = Map.of("TRUNKWIZARD_TELNYX_API_BASE", telnyx.base());
        assertEquals(ExitCode.USAGE, run(env, null, "", "carrier", "numbers", "telnyx"));
        assertTrue(last.err().contains("carrier login telnyx"), last.err());

        assertEquals(ExitCode.REFUSED, run(env, "SENTINEL-wrong-key-0", "", "carrier", "login", "telnyx"));
        assertTrue(last.out().contains("Telnyx error 10009") && last.out().contains("not saved"), last.out());

        assertEquals(ExitCode.OK, run(env, TELNYX_KEY, "", "carrier", "login", "telnyx"));
        assertEquals(List.of("Telnyx API key"), last.prompts);
        assertEquals("\0".repeat(TELNYX_KEY.length()), new String(last.typed.get(0)), "the typed key is cleared");
        assertTrue(last.out().startsWith("Saved the Telnyx login in the system keychain"), last.out());

        assertEquals(ExitCode.OK, run(env, null, "", "carrier", "numbers", "telnyx"));
        assertTrue(last.out().startsWith("+15557770009"), last.out());
        assertEquals(ExitCode.OK, run(Map.of(), null, "", "credentials", "list"));
        assertTrue(last.out().contains("carrier:api.telnyx.com:api-key"), last.out());

        assertEquals(ExitCode.OK, run(env, null, "", "carrier", "logout", "telnyx"));
        assertEquals(ExitCode.USAGE, run(env, null, "", "carrier", "numbers", "telnyx"));
        assertEquals(ExitCode.OK, run(env, null, "", "carrier", "logout", "telnyx"));
        assertTrue(last.out().contains("No Telnyx login was saved"), last.out());
    }

    @Test
    void aSetupWithTheSavedLoginLeavesNoSecretOutsideTheKeychain() throws Exception {
        LiveKitTestServer livekit = LiveKitTestServer.start();
        try {
            livekit.addKey("APIloginKey", "SENTINEL-livekit-login-0d3");
            Map<String, String> env = Map.of("TRUNKWIZARD_TELNYX_API_BASE", telnyx.base(), "LIVEKIT_URL",
                    livekit.url(), "LIVEKIT_API_KEY", "APIloginKey", "LIVEKIT_API_SECRET", "SENTINEL-livekit-login-0d3");
            assertEquals(ExitCode.OK, run(env, TELNYX_KEY, "", "carrier", "login", "telnyx"));
            assertEquals(ExitCode.OK, run(env, null, "", "carrier", "setup", "telnyx", "--number", "+15557770009",
                    "--livekit-sip-uri", "p_abc123"));
            assertTrue(last.out().contains("Both sides match."), last.out());
            assertTrue(last.out().contains("The trunk password was saved in the system keychain"), last.out());
            printed.add(jvm.printed());
            List<String> secrets = new ArrayList<>(telnyx.passwords());
            secrets.add("SENTINEL-livekit-login-0d3");
            Sentinels.assertAbsentFromText(printed, secrets);
            Sentinels.assertAbsentFromFiles(jvm.config(), secrets, "the config folder");
        } finally {
            livekit.close();
        }
    }

    @Test
    void aTwilioTokenPipedOnStandardInputIsKeptAndASecretArgumentIsRefused() {
        Map<String, String> env = Map.of("TRUNKWIZARD_TWILIO_API_BASE", twilio.base());
        assertEquals(ExitCode.USAGE, run(env, null, "", "carrier", "login", "twilio", "--account-sid", ACCOUNT,
                "--auth-token", TOKEN));
        assertEquals(ExitCode.USAGE, run(env, null, "", "carrier", "login", "twilio", "--account-sid", ACCOUNT));
        assertTrue(last.err().contains("never taken as an argument"), last.err());

        assertEquals(ExitCode.OK, run(env, null, TOKEN + "\n", "carrier", "login", "twilio", "--account-sid",
                ACCOUNT));
        assertEquals(ExitCode.OK, run(env, null, "", "carrier", "numbers", "twilio"));
        assertTrue(last.out().startsWith("+15551230009"), last.out());
        // The environment still wins when it is set.
        assertEquals(ExitCode.REFUSED, run(Map.of("TRUNKWIZARD_TWILIO_API_BASE", twilio.base(),
                "TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_AUTH_TOKEN", "SENTINEL-other-token"), null, "",
                "carrier", "numbers", "twilio"));
        assertEquals(ExitCode.OK, run(env, null, "", "carrier", "logout", "twilio"));
    }
}
