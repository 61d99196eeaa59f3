package org.trunkwizard.livekit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test server behaves like LiveKit on the wire, checked with a plain HTTP client and hand-made tokens. */
class LiveKitTestServerTest {

    LiveKitTestServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = LiveKitTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String token(Map<String, Object> sip, Instant expires, String secret) {
        var builder = JWT.create().withIssuer(server.apiKey()).withClaim("sip", sip);
        if (expires != null) {
            builder.withExpiresAt(expires);
        }
        return builder.sign(Algorithm.HMAC256(secret));
    }

    String admin() {
        return token(Map.of("admin", true), Instant.now().plusSeconds(600), server.apiSecret());
    }

    HttpResponse<String> post(String method, String contentType, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url() + "/twirp/livekit.SIP/" + method))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void jsonBodiesAreReadWithLiveKitsClassesAndAnsweredInJson() throws Exception {
        var response = post("CreateSIPOutboundTrunk", "application/json", admin(),
                "{\"trunk\":{\"name\":\"A\",\"address\":\"sip.telnyx.com\",\"numbers\":[\"+15551234567\"],"
                        + "\"media_encryption\":\"SIP_MEDIA_ENCRYPT_ALLOW\",\"headers\":{\"X-A\":\"b\"}}}");
        assertEquals(200, response.statusCode(), response.body());
        String id = json(response).get("sip_trunk_id").getAsString();
        assertTrue(id.matches("ST_[2-9A-HJ-NP-Za-km-z]{12}"), id);
        SIPOutboundTrunkInfo sent = server.received("CreateSIPOutboundTrunk").get(0)
                .bodyAs(CreateSIPOutboundTrunkRequest.class).getTrunk();
        assertEquals(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_ALLOW, sent.getMediaEncryption());
        assertEquals("b", sent.getHeadersMap().get("X-A"));
    }

    @Test
    void otherContentTypesAreABadRoute() throws Exception {
        var response = post("ListSIPOutboundTrunk", "application/x-protobuf", admin(), "");
        assertEquals(404, response.statusCode());
        assertEquals("bad_route", json(response).get("code").getAsString());
        assertEquals(404, post("NoSuchMethod", "application/json", admin(), "{}").statusCode());
    }

    @Test
    void badKeyOrTokenIsAPlainText401() throws Exception {
        var wrongSecret = post("ListSIPOutboundTrunk", "application/json",
                token(Map.of("admin", true), Instant.now().plusSeconds(600), "not-the-secret"), "{}");
        assertEquals(401, wrongSecret.statusCode());
        assertTrue(wrongSecret.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(wrongSecret.body().startsWith("invalid authorization token"), wrongSecret.body());

        var noExp = post("ListSIPOutboundTrunk", "application/json",
                token(Map.of("admin", true), null, server.apiSecret()), "{}");
        assertEquals(401, noExp.statusCode());

        var expired = post("ListSIPOutboundTrunk", "application/json",
                token(Map.of("admin", true), Instant.now().minusSeconds(120), server.apiSecret()), "{}");
        assertEquals(401, expired.statusCode());
        assertTrue(expired.body().contains("expired"), expired.body());

        var withinLeeway = post("ListSIPOutboundTrunk", "application/json",
                token(Map.of("admin", true), Instant.now().minusSeconds(30), server.apiSecret()), "{}");
        assertEquals(200, withinLeeway.statusCode(), "LiveKit allows one minute of clock skew");

        var otherKey = post("ListSIPOutboundTrunk", "application/json",
                JWT.create().withIssuer("APIother").withExpiresAt(Instant.now().plusSeconds(60))
                        .sign(Algorithm.HMAC256("x")), "{}");
        assertEquals(401, otherKey.statusCode());
        assertTrue(otherKey.body().startsWith("invalid API key"), otherKey.body());

        var hs512 = post("ListSIPOutboundTrunk", "application/json",
                JWT.create().withIssuer(server.apiKey()).withExpiresAt(Instant.now().plusSeconds(60))
                        .withClaim("sip", Map.of("admin", true)).sign(Algorithm.HMAC512(server.apiSecret())), "{}");
        assertEquals(401, hs512.statusCode());
    }

    @Test
    void missingGrantsAreJsonUnauthenticated() throws Exception {
        var none = post("ListSIPOutboundTrunk", "application/json", null, "{}");
        assertEquals(401, none.statusCode());
        assertEquals("unauthenticated", json(none).get("code").getAsString());
        assertEquals("permissions denied", json(none).get("msg").getAsString());

        var adminOnlyCall = post("CreateSIPParticipant", "application/json", admin(),
                "{\"sip_trunk_id\":\"ST_x\",\"sip_call_to\":\"+1555\",\"room_name\":\"r\"}");
        assertEquals("unauthenticated", json(adminOnlyCall).get("code").getAsString(), "admin alone cannot call");
    }

    @Test
    void malformedBodiesAndValidation() throws Exception {
        var malformed = post("CreateSIPOutboundTrunk", "application/json", admin(), "{not json");
        assertEquals(400, malformed.statusCode());
        assertEquals("malformed", json(malformed).get("code").getAsString());

        var withId = post("CreateSIPOutboundTrunk", "application/json", admin(),
                "{\"trunk\":{\"sip_trunk_id\":\"ST_abc\",\"address\":\"a\",\"numbers\":[\"1\"]}}");
        assertEquals("trunk id must not be set", json(withId).get("msg").getAsString());

        var sipUri = post("CreateSIPOutboundTrunk", "application/json", admin(),
                "{\"trunk\":{\"address\":\"acme.example;transport=tcp\",\"numbers\":[\"1\"]}}");
        assertEquals("invalid_argument", json(sipUri).get("code").getAsString());

        var hostPort = post("CreateSIPOutboundTrunk", "application/json", admin(),
                "{\"trunk\":{\"address\":\"acme.example:5061\",\"numbers\":[\"not a number\"]}}");
        assertEquals(200, hostPort.statusCode(), "LiveKit does not check number format or host:port");
    }

    @Test
    void carrierRefusalsComeBackAsLiveKitWritesThem() throws Exception {
        String trunk = server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setAddress("sip.telnyx.com")
                .addNumbers("+15551234567").build());
        String caller = token(Map.of("admin", true, "call", true), Instant.now().plusSeconds(600),
                server.apiSecret());
        String waiting = "{\"sip_trunk_id\":\"" + trunk + "\",\"sip_call_to\":\"+16502530000\","
                + "\"room_name\":\"r\",\"wait_until_answered\":true}";
        Map<Integer, String> codes = Map.of(403, "permission_denied", 404, "not_found", 407, "unauthenticated",
                408, "deadline_exceeded", 480, "resource_exhausted", 486, "resource_exhausted",
                503, "failed_precondition");
        for (var expected : codes.entrySet()) {
            server.carrierAnswers(expected.getKey(), "Reason " + expected.getKey());
            var refused = post("CreateSIPParticipant", "application/json", caller, waiting);
            JsonObject error = json(refused);
            assertEquals(expected.getValue(), error.get("code").getAsString(), refused.body());
            assertEquals(Integer.toString(expected.getKey()),
                    error.getAsJsonObject("meta").get("sip_status_code").getAsString());
            assertEquals("Reason " + expected.getKey(), error.getAsJsonObject("meta").get("sip_status").getAsString());
            assertTrue(refused.statusCode() >= 400, refused.body());
        }
        var notWaiting = post("CreateSIPParticipant", "application/json", caller, waiting.replace("true", "false"));
        assertEquals(200, notWaiting.statusCode(), "LiveKit answers before the carrier when not waiting");

        server.carrierSilent();
        var silent = json(post("CreateSIPParticipant", "application/json", caller, waiting));
        assertEquals("canceled", silent.get("code").getAsString());
        assertTrue(silent.get("msg").getAsString().contains("(0 intermediate responses)"));
        assertTrue(!silent.has("meta"), "no SIP status when nothing answered");
    }

    String listIds(String method, String body) throws Exception {
        var items = json(post(method, "application/json", admin(), body)).getAsJsonArray("items");
        List<String> ids = new ArrayList<>();
        if (items == null) {
            return "";
        }
        items.forEach(i -> ids.add(i.getAsJsonObject().get("sip_trunk_id").getAsString()));
        return String.join(",", ids);
    }

    @Test
    void listsFilterByIdAndNumberAndPageInIdOrder() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String number : List.of("+1", "+2", "+3")) {
            ids.add(server.addTrunk(SIPOutboundTrunkInfo.newBuilder().setAddress("a").addNumbers(number).build()));
        }
        ids.sort(null);
        String all = String.join(",", ids);

        assertEquals(all, listIds("ListSIPOutboundTrunk", "{}"));
        assertEquals(ids.get(1), listIds("ListSIPOutboundTrunk", "{\"trunk_ids\": [\"" + ids.get(1) + "\"]}"));
        assertEquals(1, listIds("ListSIPOutboundTrunk", "{\"numbers\": [\"+2\"]}").split(",").length);
        assertEquals(ids.get(0) + "," + ids.get(1), listIds("ListSIPOutboundTrunk", "{\"page\": {\"limit\": 2}}"));
        assertEquals(ids.get(2), listIds("ListSIPOutboundTrunk",
                "{\"page\": {\"after_id\": \"" + ids.get(1) + "\", \"limit\": 2}}"));
    }

    @Test
    void inboundTrunksAreKeptApartFromOutboundOnes() throws Exception {
        var created = post("CreateSIPInboundTrunk", "application/json", admin(),
                "{\"trunk\": {\"name\": \"in\", \"numbers\": [\"+16502530000\"]}}");
        assertEquals(200, created.statusCode(), created.body());
        String id = json(created).get("sip_trunk_id").getAsString();

        assertEquals(id, listIds("ListSIPInboundTrunk", "{}"));
        assertEquals("", listIds("ListSIPOutboundTrunk", "{}"));
        assertEquals(200, post("DeleteSIPTrunk", "application/json", admin(), "{\"sip_trunk_id\": \"" + id + "\"}")
                .statusCode());
        assertTrue(server.inboundTrunks().isEmpty());
    }

    @Test
    void partialUpdatesChangeOnlyWhatTheySetAndListUpdatesWorkLikeLiveKits() throws Exception {
        String id = server.addTrunk(EveryField.trunk("old-password"));
        String update = "{\"sip_trunk_id\": \"" + id + "\", \"update\": {%s}}";

        var numbers = post("UpdateSIPOutboundTrunk", "application/json", admin(),
                update.formatted("\"numbers\": {\"remove\": [\"+15551234567\"], \"add\": [\"+1999\", \"+15551234568\"]}"));
        assertEquals(200, numbers.statusCode(), numbers.body());
        SIPOutboundTrunkInfo after = server.trunks().iterator().next();
        assertEquals(List.of("+15551234568", "+1999"), after.getNumbersList());
        assertEquals(EveryField.trunk("old-password").toBuilder().setSipTrunkId(id).clearNumbers()
                .addAllNumbers(after.getNumbersList()).build(), after);

        var clearAndAdd = post("UpdateSIPOutboundTrunk", "application/json", admin(),
                update.formatted("\"numbers\": {\"clear\": true, \"add\": [\"+1777\"]}, \"name\": \"renamed\""));
        assertEquals(200, clearAndAdd.statusCode(), clearAndAdd.body());
        assertEquals(List.of("+1777"), server.trunks().iterator().next().getNumbersList());
        assertEquals("renamed", server.trunks().iterator().next().getName());

        var setAndAdd = post("UpdateSIPOutboundTrunk", "application/json", admin(),
                update.formatted("\"numbers\": {\"set\": [\"+1\"], \"add\": [\"+2\"]}"));
        assertEquals("invalid_argument", json(setAndAdd).get("code").getAsString());
    }

    @Test
    void livekitsOwnWordsForMissingIdsAndUnknownTrunks() throws Exception {
        var noId = post("DeleteSIPTrunk", "application/json", admin(), "{}");
        assertEquals("trunk ID is required", json(noId).get("msg").getAsString());
        var unknown = post("DeleteSIPTrunk", "application/json", admin(), "{\"sip_trunk_id\": \"ST_nope\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", json(unknown).get("code").getAsString());
    }

    @Test
    void unusualIdShapesOnRequest() {
        server.issueUnusualTrunkIds();
        SIPOutboundTrunkInfo t = SIPOutboundTrunkInfo.newBuilder().setAddress("a").addNumbers("+1").build();
        assertEquals(LiveKitTestServer.UNUSUAL_TRUNK_ID, server.addTrunk(t));
        assertTrue(server.addTrunk(t).length() > 15, "a longer one");
        assertTrue(server.addTrunk(t).length() < 15, "a shorter one");
        assertTrue(server.addTrunk(t).matches("ST_[2-9A-HJ-NP-Za-km-z]{12}"), "then LiveKit's usual shape again");
    }
}
