package org.trunkwizard.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs in {@code verify} (maven-failsafe-plugin), after the shade plugin has built target/trunk-wizard.jar: what the
 * README's {@code java -jar target/trunk-wizard.jar} promises is in it, JavaFX's natives for each OS and every
 * dependency's licence and notice.
 */
class PortableJarIT {
    private static Path jar;
    private static Set<String> entries;

    @BeforeAll
    static void open() throws IOException {
        jar = Path.of(System.getProperty("trunkwizard.jar", "target/trunk-wizard.jar"));
        assertTrue(Files.isRegularFile(jar), "built in package: " + jar);
        entries = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(ZipEntry::getName).forEach(entries::add);
        }
        System.out.printf("%s: %.1f MB, natives: %s%n", jar.getFileName(), Files.size(jar) / 1e6,
                entries.stream().filter(n -> n.matches("[^/]+\\.(so|dll|dylib)")).toList());
    }

    /** -Dthin builds a jar for this machine only; the default build is the portable one. */
    private static boolean portable() {
        String thin = System.getProperty("trunkwizard.thin", "${thin}");
        return thin.startsWith("${");
    }

    @Test
    void carriesJavaFxForWindowsMacAndLinux() {
        List<List<String>> perOs = List.of(
                List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
                        "com/sun/glass/ui/win/WinApplication.class"),
                List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libjavafx_font.dylib",
                        "com/sun/glass/ui/mac/MacApplication.class"),
                List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                        "libjavafx_font_freetype.so", "com/sun/glass/ui/gtk/GtkApplication.class"));
        String os = System.getProperty("os.name", "").toLowerCase();
        for (List<String> natives : perOs) {
            boolean thisOs = natives.get(0).endsWith(os.startsWith("win") ? ".dll" : os.contains("mac") ? ".dylib" : ".so");
            if (!portable() && !thisOs) {
                continue;
            }
            for (String name : natives) {
                assertTrue(entries.contains(name), jar + " lacks " + name);
            }
        }
    }

    @Test
    void keepsEveryDependencysLicenceAndNotice() throws IOException {
        // Each text comes from a different dependency; the same file names would overwrite each other without the
        // shade transformers.
        String license = read("META-INF/LICENSE");
        assertTrue(license.contains("Apache License"), "Apache-2.0 (Jackson, Guava)");
        assertTrue(license.contains("LGPL") || license.contains("Lesser General Public"), "JNA's dual licence");
        String licenseTxt = read("META-INF/LICENSE.txt");
        assertTrue(licenseTxt.contains("Permission is hereby granted"), "MIT (SLF4J, Checker Framework)");
        assertTrue(licenseTxt.contains("COMMON DEVELOPMENT AND DISTRIBUTION LICENSE"), "CDDL (javax.annotation)");
        assertTrue(read("META-INF/NOTICE").contains("Jackson"), "Jackson's NOTICE");
        assertTrue(read("META-INF/LICENSE-trunk-wizard.txt").contains("Apache License"), "our own licence");
        assertTrue(entries.contains("org/controlsfx/dialog/license.txt"), "ControlsFX's licence");
    }

    private static String read(String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertTrue(entry != null, jar + " lacks " + name);
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
