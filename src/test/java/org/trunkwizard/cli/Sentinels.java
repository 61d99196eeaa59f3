package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Looks for secrets where they must not be: in text, and in files byte by byte (UTF-8 and UTF-16 alike). */
public final class Sentinels {

    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private Sentinels() {
    }

    /** Every regular file under {@code path} (or the file itself); returns how many were searched. */
    public static int assertAbsentFromFiles(Path path, List<String> sentinels, String what) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            for (Path f : all) {
                byte[] bytes = Files.readAllBytes(f);
                for (String sentinel : sentinels) {
                    for (Charset cs : ENCODINGS) {
                        assertFalse(contains(bytes, sentinel.getBytes(cs)),
                                sentinel + " found in " + f + " (" + what + ")");
                    }
                }
            }
            return all.size();
        }
    }

    public static void assertAbsentFromText(List<String> printed, List<String> sentinels) {
        for (String text : printed) {
            for (String sentinel : sentinels) {
                assertFalse(text.contains(sentinel), "printed: " + text);
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
