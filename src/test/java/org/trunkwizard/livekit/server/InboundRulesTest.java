package org.trunkwizard.livekit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test server judges inbound trunks and dispatch rules as LiveKit does (livekit/protocol livekit/sip.go
 * SIPInboundTrunkInfo.ValidateResult, sip/sip.go ValidateTrunksIter and DispatchRuleValidator.Validate, called from
 * livekit/livekit pkg/service/sip.go): same codes, same words, same idea of a conflict.
 */
class InboundRulesTest {

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

    HttpResponse<String> post(String method, String body) throws Exception {
        String token = JWT.create().withIssuer(server.apiKey()).withClaim("sip", Map.of("admin", true))
                .withExpiresAt(Instant.now().plusSeconds(600)).sign(Algorithm.HMAC256(server.apiSecret()));
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "/twirp/livekit.SIP/" + method))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    String inbound(String trunkJson) throws Exception {
        var r = post("CreateSIPInboundTrunk", "{\"trunk\": " + trunkJson + "}");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("sip_trunk_id").getAsString();
    }

    void refused(HttpResponse<String> r, String msg) {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("invalid_argument", json(r).get("code").getAsString());
        assertEquals(msg, json(r).get("msg").getAsString());
    }

    @Test
    void anInboundTrunkMustSayWhoseCallsItTakesInLiveKitsWords() throws Exception {
        refused(post("CreateSIPInboundTrunk", "{\"trunk\": {\"name\": \"open\"}}"),
                "for security, one of the fields must be set: AuthUsername+AuthPassword, AllowedAddresses or Numbers");
        // A password alone counts as credentials for LiveKit.
        inbound("{\"name\": \"password only\", \"auth_password\": \"Secret12345678\"}");
    }

    @Test
    void allowedAddressesAndCredentialsDoNotSetTwoTrunksOfOneNumberApart() throws Exception {
        String first = inbound("{\"name\": \"a\", \"numbers\": [\"+16502530000\"], \"allowed_addresses\": [\"192.0.2.1\"]}");
        refused(post("CreateSIPInboundTrunk", "{\"trunk\": {\"name\": \"b\", \"numbers\": [\"+16502530000\"],"
                        + " \"allowed_addresses\": [\"198.51.100.0/24\"], \"auth_username\": \"u\"}}"),
                "Conflicting inbound SIP Trunks: \"<new>\" and \"" + first + "\", using the same number(s)"
                        + " [\"+16502530000\"] without AllowedNumbers set");
    }

    @Test
    void theSameNumberWrittenAnotherWayIsTheSameNumber() throws Exception {
        String first = inbound("{\"name\": \"a\", \"numbers\": [\"+16502530000\"]}");
        refused(post("CreateSIPInboundTrunk", "{\"trunk\": {\"name\": \"b\", \"numbers\": [\"1 (650) 253-0000\"]}}"),
                "Conflicting inbound SIP Trunks: \"<new>\" and \"" + first + "\", using the same number(s)"
                        + " [\"1 (650) 253-0000\"] without AllowedNumbers set");
    }

    @Test
    void callersAllowedNumbersSetTrunksOfOneNumberApart() throws Exception {
        inbound("{\"name\": \"a\", \"numbers\": [\"+16502530000\"]}");
        String alice = inbound("{\"name\": \"alice\", \"numbers\": [\"+16502530000\"], \"allowed_numbers\": [\"+15550001\"]}");
        inbound("{\"name\": \"bob\", \"numbers\": [\"+16502530000\"], \"allowed_numbers\": [\"+15550002\"]}");
        refused(post("CreateSIPInboundTrunk", "{\"trunk\": {\"name\": \"c\", \"numbers\": [\"+16502530000\"],"
                        + " \"allowed_numbers\": [\"+15550003\", \"+15550001\"]}}"),
                "Conflicting inbound SIP Trunks: \"<new>\" and \"" + alice + "\", using the same number(s)"
                        + " [\"+16502530000\"] and AllowedNumber \"+15550001\"");
    }

    @Test
    void trunksWithoutNumbersShareOneNumberAny() throws Exception {
        String first = inbound("{\"name\": \"a\", \"auth_username\": \"u1\", \"auth_password\": \"p1\"}");
        inbound("{\"name\": \"numbered\", \"numbers\": [\"+16502530000\"]}");
        refused(post("CreateSIPInboundTrunk", "{\"trunk\": {\"name\": \"b\", \"allowed_addresses\": [\"192.0.2.1\"]}}"),
                "Conflicting inbound SIP Trunks: \"<new>\" and \"" + first + "\", using the same number(s)"
                        + " <any> without AllowedNumbers set");
    }

    @Test
    void listingInboundTrunksByNumberAlsoListsTrunksForAnyNumberAndReadsNumbersLikeLiveKit() throws Exception {
        String any = inbound("{\"name\": \"any\", \"auth_username\": \"u1\"}");
        String numbered = inbound("{\"name\": \"n\", \"numbers\": [\"+16502530000\"]}");
        inbound("{\"name\": \"other\", \"numbers\": [\"+16502539999\"]}");
        var listed = json(post("ListSIPInboundTrunk", "{\"numbers\": [\"1-650-253-0000\"]}")).getAsJsonArray("items");
        assertEquals(java.util.Set.of(any, numbered), java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .map(e -> e.getAsJsonObject().get("sip_trunk_id").getAsString())
                .collect(java.util.stream.Collectors.toSet()));
    }

    String rule(String ruleJson) throws Exception {
        var r = post("CreateSIPDispatchRule", "{\"dispatch_rule\": " + ruleJson + "}");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("sip_dispatch_rule_id").getAsString();
    }

    @Test
    void aSecondRuleForTheSameTrunkIsRefusedAsInvalidArgumentInLiveKitsWords() throws Exception {
        String first = rule("{\"name\": \"to agent\", \"trunk_ids\": [\"ST_in\"],"
                + " \"rule\": {\"dispatch_rule_individual\": {\"room_prefix\": \"call-\"}}}");
        refused(post("CreateSIPDispatchRule", "{\"dispatch_rule\": {\"name\": \"again\", \"trunk_ids\": [\"ST_x\", \"ST_in\"],"
                        + " \"rule\": {\"dispatch_rule_direct\": {\"room_name\": \"r\"}}}}"),
                "Dispatch rule for the same trunk, inbound number, number, and PIN combination already exists in"
                        + " dispatch rule \"" + first + "\" \"to agent\"");
        var unnamed = post("CreateSIPDispatchRule", "{\"dispatch_rule\": {\"trunk_ids\": [\"ST_in\"],"
                + " \"rule\": {\"dispatch_rule_callee\": {\"room_prefix\": \"c\"}}}}");
        assertEquals(400, unnamed.statusCode(), "a callee rule without PIN is in the way too");
    }

    @Test
    void pinsCalledNumbersAndCallerNumbersSetRulesApartAndNumbersAreReadLikeLiveKit() throws Exception {
        String base = rule("{\"trunk_ids\": [\"ST_in\"], \"rule\": {\"dispatch_rule_individual\": {}}}");
        rule("{\"trunk_ids\": [\"ST_in\"], \"rule\": {\"dispatch_rule_individual\": {\"pin\": \"1234\"}}}");
        rule("{\"trunk_ids\": [\"ST_in\"], \"numbers\": [\"+15550001\"], \"rule\": {\"dispatch_rule_individual\": {}}}");
        String called = rule("{\"trunk_ids\": [\"ST_in\"], \"inbound_numbers\": [\"+16502530000\"],"
                + " \"rule\": {\"dispatch_rule_individual\": {}}}");
        // No trunk: a default rule, in the way only of other default rules.
        rule("{\"rule\": {\"dispatch_rule_individual\": {}}}");
        refused(post("CreateSIPDispatchRule", "{\"dispatch_rule\": {\"trunk_ids\": [\"ST_in\"],"
                        + " \"inbound_numbers\": [\"1 650 253 0000\"], \"rule\": {\"dispatch_rule_direct\": {\"room_name\": \"r\"}}}}"),
                "Dispatch rule for the same trunk, inbound number, number, and PIN combination already exists in"
                        + " dispatch rule \"" + called + "\" \"<blank name>\"");
        assertEquals(5, server.dispatchRules().size(), base);
    }

    @Test
    void aRuleNeedsARule() throws Exception {
        refused(post("CreateSIPDispatchRule", "{\"dispatch_rule\": {\"trunk_ids\": [\"ST_in\"]}}"), "missing rule");
    }
}
