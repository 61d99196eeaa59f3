package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.livekit.SipApi;
import org.trunkwizard.livekit.server.LiveKitTestServer;

/**
 * A self-hosted LiveKit in docker compose ({@code http://livekit:7880}): the CLI works with it and says, on stderr
 * so that --json stays one document, that requests travel unencrypted. The name is never resolved here: the
 * service factory stands in for the compose network and reaches the test server.
 */
class PlainHttpWarningTest {

    private final LiveKitTestServer server = LiveKitTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private SipApi testServer(LiveKitConnection asGiven) {
        try {
            assertEquals("http://livekit:7880", asGiven.baseUrl());
            return new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()), CliRuns.SHORT);
        } catch (ApiException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void plainHttpInsideComposeWorksWithAWarningOnStderr() {
        CapturedConsole c = new CapturedConsole(Map.of("LIVEKIT_URL", "http://livekit:7880", "LIVEKIT_API_KEY",
                server.apiKey(), "LIVEKIT_API_SECRET", server.apiSecret()), null);
        int exit = c.run(this::testServer, "list", "--json");
        assertEquals(ExitCode.OK, exit, c.out() + c.err());
        assertTrue(JsonParser.parseString(c.out()).isJsonObject() || JsonParser.parseString(c.out()).isJsonArray());
        assertTrue(c.err().startsWith("warning livekit_url: Plain http"), c.err());
        assertTrue(c.err().contains("unencrypted"), c.err());
        assertFalse((c.out() + c.err()).contains(server.apiSecret()));
    }
}
