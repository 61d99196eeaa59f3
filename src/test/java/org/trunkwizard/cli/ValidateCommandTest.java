package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trunk-wizard validate} as a script or an admin at a terminal sees it. */
class ValidateCommandTest {

    private static final String GUIDE_PASSWORD = "Em1ly_Trunk_2024!Secure";
    private static final String GOOD_PASSWORD = "kT7-vRw2_mQx9pLz";

    @TempDir
    Path dir;

    /** One run: exit code and everything printed. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run run(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, label -> Optional.empty());
        int exit = Cli.withConsole(console).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(Map.of(), "", args);
    }

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    private String goodTwilioJson() throws IOException {
        return file("good.json", """
                {"trunk": {"name": " Acme outbound ", "address": "sip:acme.pstn.twilio.com",
                  "numbers": ["+1 650 253 0000", "(650) 253-0000"], "auth_username": "acme2024"}}
                """);
    }

    /** Exactly one JSON document on stdout, nothing before or after it. */
    private static JsonObject onlyJson(String out) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(out));
        JsonElement doc = JsonParser.parseReader(reader);
        assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "stdout holds more than one JSON document");
        return doc.getAsJsonObject();
    }

    private static List<String> fields(JsonObject doc) {
        List<String> fields = new ArrayList<>();
        for (JsonElement p : doc.getAsJsonArray("problems")) {
            fields.add(p.getAsJsonObject().get("severity").getAsString() + " "
                    + p.getAsJsonObject().get("field").getAsString());
        }
        return fields;
    }

    @Test
    void guideExampleImportsAndShowsItsThreeProblems() {
        Run r = run("validate", "resources/guide-example.txt", "--region", "US");
        assertEquals(ExitCode.REFUSED, r.exit(), r.all());
        assertTrue(r.out().contains("warning address: core-it-voice-agent.livekit.cloud is a LiveKit address"),
                r.out());
        assertTrue(r.out().contains("warning numbers[0]: +15551234567"), r.out());
        assertTrue(r.out().contains("warning numbers[1]: +15551234568"), r.out());
        assertTrue(r.out().contains("error auth_password: This password is printed in the setup guide"), r.out());
        assertTrue(r.out().contains("Not valid: 1 error, 4 warnings."), r.out());
        assertFalse(r.all().contains(GUIDE_PASSWORD), "the password must never be printed");
    }

    @Test
    void guideExampleAsJsonLeavesThePasswordOut() throws IOException {
        Run r = run("validate", "resources/guide-example.txt", "--json", "--region", "US");
        assertEquals(ExitCode.REFUSED, r.exit());
        JsonObject doc = onlyJson(r.out());
        assertFalse(doc.get("valid").getAsBoolean());
        assertEquals(List.of("warning auth_password", "warning address", "warning numbers[0]", "warning numbers[1]",
                "error auth_password"), fields(doc));
        JsonObject trunk = doc.getAsJsonObject("trunk");
        assertEquals("core-it-voice-agent.livekit.cloud", trunk.get("address").getAsString());
        assertFalse(trunk.has("auth_password"));
        assertFalse(r.all().contains(GUIDE_PASSWORD));
    }

    @Test
    void validTrunkWithWarningsExitsZeroAndPrintsTheNormalizedTrunk() throws IOException {
        Run r = run(Map.of("TRUNK_AUTH_PASSWORD", GOOD_PASSWORD), "", "validate", goodTwilioJson(),
                "--region", "US", "--carrier", "twilio");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("warning numbers[1]: +16502530000 is listed twice"), r.out());
        assertTrue(r.out().contains("Valid (1 warning)"), r.out());
        assertTrue(r.out().contains("\"address\": \"acme.pstn.twilio.com\""), r.out());
        assertTrue(r.out().contains("\"+16502530000\""), r.out());
        assertFalse(r.all().contains(GOOD_PASSWORD), "the password from the environment must not be printed");
    }

    @Test
    void jsonOutputIsOneDocumentWithTheNormalizedTrunk() throws IOException {
        Run r = run(Map.of("TRUNK_AUTH_PASSWORD", GOOD_PASSWORD), "", "validate", goodTwilioJson(), "--json",
                "--region", "US");
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertEquals("", r.err());
        JsonObject doc = onlyJson(r.out());
        assertTrue(doc.get("valid").getAsBoolean());
        JsonObject problem = doc.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals("numbers[1]", problem.get("field").getAsString());
        assertEquals("warning", problem.get("severity").getAsString());
        assertFalse(problem.get("hint").getAsString().isEmpty());
        JsonObject trunk = doc.getAsJsonObject("trunk");
        assertEquals("Acme outbound", trunk.get("name").getAsString());
        assertEquals("acme.pstn.twilio.com", trunk.get("address").getAsString());
        JsonArray numbers = trunk.getAsJsonArray("numbers");
        assertEquals(1, numbers.size());
        assertEquals("+16502530000", numbers.get(0).getAsString());
        assertEquals("acme2024", trunk.get("auth_username").getAsString());
        assertFalse(trunk.has("auth_password"));
        assertFalse(r.all().contains(GOOD_PASSWORD));
    }

    @Test
    void regionChangesHowNationalNumbersAreRead() throws IOException {
        String f = file("uk.txt", "Trunk name: London\nAddress: sip.example.co.uk\nNumbers: 020 7946 0958\n");
        Run gb = run("validate", f, "--region", "GB", "--json");
        assertEquals(ExitCode.OK, gb.exit(), gb.all());
        assertEquals("+442079460958",
                onlyJson(gb.out()).getAsJsonObject("trunk").getAsJsonArray("numbers").get(0).getAsString());
        Run us = run("validate", f, "--region", "US", "--json");
        assertTrue(fields(onlyJson(us.out())).stream().anyMatch(s -> s.endsWith("numbers[0]")), us.out());
        assertFalse(us.out().contains("+442079460958"), us.out());
    }

    @Test
    void carrierTwilioAppliesTwiliosRules() throws IOException {
        String f = file("telnyx.txt", "Trunk name: T\nAddress: sip.telnyx.com\nNumbers: +1 650 253 0000\n"
                + "Username: acme\nPassword: kt7-vrw2_mqx9plz\n");
        Run plain = run("validate", f);
        assertEquals(ExitCode.OK, plain.exit(), plain.all());
        Run twilio = run("validate", f, "--carrier", "twilio");
        assertEquals(ExitCode.REFUSED, twilio.exit(), twilio.all());
        assertTrue(twilio.out().contains("error address: sip.telnyx.com is not a Twilio address"), twilio.out());
        assertTrue(twilio.out().contains("error auth_password: Twilio passwords need an upper-case letter"),
                twilio.out());
        assertFalse(twilio.all().contains("kt7-vrw2_mqx9plz"));
    }

    @Test
    void carrierLiveKitIsRefusedWithTheReason() throws IOException {
        Run r = run("validate", goodTwilioJson(), "--carrier", "livekit");
        assertEquals(ExitCode.REFUSED, r.exit());
        assertTrue(r.out().contains("error carrier: LiveKit Phone Numbers can only receive calls"), r.out());
    }

    @Test
    void standardInputWorks() {
        Run r = run(Map.of(), "Trunk name: A\nAddress: sip.example.com\nNumbers: +16502530000\n", "validate", "-");
        assertEquals(ExitCode.OK, r.exit(), r.all());
    }

    @Test
    void garbageNumberNamesItsPlace() throws IOException {
        String f = file("bad.json", "{\"name\": \"A\", \"address\": \"sip.telnyx.com\","
                + " \"numbers\": [\"+16502530000\", \"call me\"]}");
        Run r = run("validate", f, "--json");
        assertEquals(ExitCode.REFUSED, r.exit());
        assertEquals(List.of("error numbers[1]"), fields(onlyJson(r.out())));
        // Another SIP provider (a PBX, say) may take a caller ID that is no phone number: a warning, sent as typed.
        String pbx = file("pbx.json", "{\"name\": \"A\", \"address\": \"pbx.example.com\","
                + " \"numbers\": [\"+16502530000\", \"1001\"]}");
        Run other = run("validate", pbx, "--json");
        assertEquals(ExitCode.OK, other.exit(), other.all());
        assertEquals(List.of("warning numbers[1]"), fields(onlyJson(other.out())));
    }

    @Test
    void unreadableInputAndBadUsageExitTwo() throws IOException {
        assertEquals(ExitCode.USAGE, run("validate", dir.resolve("missing.json").toString()).exit());
        assertEquals(ExitCode.USAGE, run("validate", file("broken.json", "{\"name\": ")).exit());
        assertEquals(ExitCode.USAGE, run("validate").exit());
        assertEquals(ExitCode.USAGE, run("validate", goodTwilioJson(), "--region", "USA").exit());
        assertEquals(ExitCode.USAGE, run("validate", goodTwilioJson(), "--carrier", "vonage").exit());
        assertEquals(ExitCode.USAGE, run("validate", goodTwilioJson(), "--frobnicate").exit());
        Run missing = run("validate", dir.resolve("missing.json").toString(), "--json");
        assertEquals("", missing.out(), "nothing on stdout when the file cannot be read");
        assertTrue(missing.err().contains("There is no file"), missing.err());
    }
}
