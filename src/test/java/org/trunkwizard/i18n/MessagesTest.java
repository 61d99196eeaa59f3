package org.trunkwizard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code names exists, every key in the bundle is used, and every pattern formats. */
class MessagesTest {

    private static final Pattern KEY_IN_JAVA = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_IN_FXML = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** Keys a class names through a constant or a helper rather than Messages.get: marked with {@code // key: }. */
    private static final Pattern KEY_MARKED = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/trunkwizard/messages.properties")) {
            p.load(in);
        }
        return p;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String root : List.of("src/main/java", "src/main/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml"))
                        .toList()) {
                    all.append(Files.readString(f)).append('\n');
                }
            }
        }
        return all.toString();
    }

    /**
     * Properties keeps the last of two lines with one key, silently: two branches that each reworded a message can
     * merge into both lines, and then which words the user sees depends on their order.
     */
    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/trunkwizard/messages.properties")) {
            p.load(in);
        }
        List<String> twice = keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList();
        assertTrue(twice.isEmpty(), "keys defined more than once: " + twice);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties p = bundle();
        String sources = allSources();
        List<String> missing = new ArrayList<>();
        for (Pattern pattern : List.of(KEY_IN_JAVA, KEY_IN_FXML)) {
            Matcher m = pattern.matcher(sources);
            while (m.find()) {
                if (!p.containsKey(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "keys used in code but missing from messages.properties");
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Properties p = bundle();
        String sources = allSources();
        TreeSet<String> unused = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (!sources.contains("\"" + key + "\"") && !sources.contains("\"%" + key + "\"")
                    && !sources.contains("\"" + key + ".\"") && !hasPrefixUse(sources, key)) {
                unused.add(key);
            }
        }
        assertEquals(new TreeSet<>(), unused, "keys in messages.properties that no code uses");
    }

    /** A key built as prefix + suffix ({@code "carrier." + name}) is used when its prefix appears. */
    private static boolean hasPrefixUse(String sources, String key) {
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            if (sources.contains("\"" + key.substring(0, dot + 1) + "\"")) {
                return true;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return false;
    }

    @Test
    void everyPatternFormatsAndKeepsItsApostrophes() throws IOException {
        Properties p = bundle();
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            // Numbers suit every argument type: plain {0}, {0,number} and {0,choice,...} alike.
            String formatted = new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4});
            long apostrophesIn = pattern.chars().filter(c -> c == '\'').count();
            long apostrophesOut = formatted.chars().filter(c -> c == '\'').count();
            // MessageFormat swallows a lone apostrophe: "carrier's" must be written "carrier''s".
            assertTrue(apostrophesOut * 2 >= apostrophesIn - countQuotedBraces(pattern) * 2,
                    () -> key + ": write '' for an apostrophe: " + pattern);
            assertTrue(!formatted.contains("{0}"), () -> key + ": an argument is not substituted");
        }
    }

    private static long countQuotedBraces(String pattern) {
        return Pattern.compile("'\\{[^']*'").matcher(pattern).results().count();
    }

    @Test
    void unknownKeyShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
    }
}
