package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input an attacker or an unlucky user gives: refused at once with exit 2 and a message naming the file or field,
 * never echoing a secret; or, when it is a trunk after all, read as written and warned about, never silently changed.
 */
class HostileInputTest {

    private static final String SECRET = "S3ntinel-Pa55-9qx";
    private static final String SECRET_DIGITS = "987654321012345";

    @TempDir
    Path dir;

    private static CliRuns.Result run(InputStream stdin, String... args) {
        CapturedConsole console = new CapturedConsole(Map.of(), null, stdin);
        int exit = console.run(args);
        CliRuns.Result r = new CliRuns.Result(exit, console.out(), console.err());
        assertFalse(r.all().contains("\tat "), "a stack trace was printed:\n" + r.all());
        return r;
    }

    private static CliRuns.Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private String file(String content) throws IOException {
        Path p = Files.createTempFile(dir, "trunk", ".txt");
        Files.writeString(p, content);
        return p.toString();
    }

    private String json(String fields) throws IOException {
        return file("{\"trunk\": {\"name\": \"A\", \"address\": \"sip.example.com\", " + fields + "}}");
    }

    private static void assertRefusedNaming(CliRuns.Result r, String... words) {
        assertEquals(ExitCode.USAGE, r.exit(), r.all());
        for (String w : words) {
            assertTrue(r.err().contains(w), "expected \"" + w + "\" in:\n" + r.err());
        }
    }

    @Test
    void devicesAreRefusedAtOnceNamingTheFile() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            assertRefusedNaming(run("validate", device), device, "not a regular file");
            assertRefusedNaming(run("create", device, "--dry-run"), device, "not a regular file");
        }
    }

    @Test
    void oversizedStandardInputIsRefusedWithItsSize() {
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertRefusedNaming(run(new ByteArrayInputStream(big), "validate", "-"), "standard input",
                "5,242,880 bytes", "4 MB");
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        assertRefusedNaming(run("validate", file("{\"trunk\": {\"name\": " + "{\"a\": ".repeat(4000) + "1"
                + "}".repeat(4000) + "}}")), "nested");
        assertRefusedNaming(run("validate", file("[".repeat(4000) + "]".repeat(4000))), "nested");
    }

    @Test
    void aPasswordInABrokenGuideLineIsNeverEchoed() throws IOException {
        for (String line : new String[] {"Password = " + SECRET, "Password " + SECRET, "auth_password=" + SECRET,
                "Header: Authorization Bearer " + SECRET}) {
            CliRuns.Result r = run("validate", file("Trunk name: A\n" + line + "\n"));
            assertRefusedNaming(r, "Line 2");
            assertFalse(r.all().contains(SECRET), r.all());
        }
    }

    @Test
    void aPasswordOfTheWrongTypeIsNeverEchoed() throws IOException {
        for (String value : new String[] {"[\"" + SECRET + "\"]", "{\"v\": \"" + SECRET + "\"}", SECRET_DIGITS}) {
            for (String field : new String[] {"auth_password", "authPassword"}) {
                CliRuns.Result r = run("validate", json("\"" + field + "\": " + value));
                assertRefusedNaming(r, field);
                assertFalse(r.all().contains(SECRET) || r.all().contains(SECRET_DIGITS), r.all());
            }
        }
    }

    @Test
    void wrongTypesAreErrorsNamingTheField() throws IOException {
        assertRefusedNaming(run("validate", file("{\"name\": 123, \"address\": \"sip.example.com\"}")), "\"name\"");
        assertRefusedNaming(run("validate", json("\"transport\": 5")), "\"transport\"");
        assertRefusedNaming(run("validate", json("\"media_encryption\": true")), "\"media_encryption\"");
        assertRefusedNaming(run("validate", json("\"numbers\": \"+16502530000\"")), "\"numbers\"");
        assertRefusedNaming(run("validate", json("\"numbers\": [\"+16502530000\", 16502530001]")),
                "\"numbers[1]\"");
        assertRefusedNaming(run("validate", json("\"headers\": {\"X-A\": 1}")), "\"headers\"", "X-A");
    }

    @Test
    void jsonCommentsSingleQuotesAndTrailingTextAreRefused() throws IOException {
        assertRefusedNaming(run("validate", json("\"numbers\": ['+16502530000']")), "line 1");
        assertRefusedNaming(run("validate", json("/* mine */ \"numbers\": [\"+16502530000\"]")), "line 1");
        assertRefusedNaming(run("validate", file("{\"name\": \"A\",\n# note\n\"address\": \"sip.example.com\"}")),
                "line 2");
        assertRefusedNaming(run("validate", file("{\"name\": \"A\"} {\"name\": \"B\"}")), "line 1");
        assertRefusedNaming(run("validate", file("{\"name\": \"A\", \"name\": \"B\"}")), "\"name\"");
    }

    @Test
    void aSpelledNumberIsConvertedWithAWarningShowingTheDigits() throws IOException {
        CliRuns.Result r = run("validate", json("\"numbers\": [\"+1650CALLNOW\"]"));
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("warning numbers[0]: \"+1650CALLNOW\""), r.out());
        assertTrue(r.out().contains("+16502255669"), r.out());
    }

    @Test
    void problemIndexesAreTheFilesOwn() throws IOException {
        // A caller ID that is not E.164 is a warning with a SIP provider other than Twilio/Telnyx (issue 10's policy).
        CliRuns.Result r = run("validate", json("\"numbers\": [\"+1 650 253 0000 +1 650 253 0001\", \"call me\"]"));
        assertEquals(ExitCode.OK, r.exit(), r.all());
        assertTrue(r.out().contains("warning numbers[1]: "), r.out());
        assertFalse(r.out().contains("numbers[2]"), r.out());
    }
}
