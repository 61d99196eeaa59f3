package org.trunkwizard.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.startup.ArchiveRelaunch.Plan;

/** The window from {@code java -jar} starts in a second JVM with a class-data archive the first run made. */
class ArchiveRelaunchTest {

    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String VM = System.getProperty("java.vm.version");

    @TempDir
    Path dir;

    @Test
    void theFirstRunMakesTheArchiveTheNextUsesItAndTheChildsExitCodeIsReturned() throws IOException {
        Path jar = exitJar();
        Path folder = dir.resolve("class-data");
        Plan first = plan(List.of("-Xmx256m", "-jar", jar.toString(), "0"), Map.of(), folder).orElseThrow();
        assertFalse(first.archiveReady());
        assertTrue(first.command(false, 1L).contains("-XX:ArchiveClassesAtExit=" + first.pending()));

        assertEquals(0, first.run(1L));
        assertTrue(first.archiveReady(), "archive made by the first run");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(first.archive()), left.toList(), "nothing half-made left beside it");
        }

        Plan second = plan(List.of("-Xmx256m", "-jar", jar.toString(), "7"), Map.of(), folder).orElseThrow();
        assertTrue(second.archiveReady());
        List<String> command = second.command(true, 1L);
        assertEquals(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx256m", "-XX:SharedArchiveFile=" + second.archive(), "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + ArchiveRelaunch.STARTED_AT + "=1",
                "-jar", jar.toAbsolutePath().toString(), "7"), command);
        assertEquals(7, second.run(1L), "the child's exit code");
    }

    @Test
    void theUsersOwnOptionsWinAndTheirCollectorIsNotJoinedByOurs() throws IOException {
        Path jar = exitJar();
        Plan own = plan(List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4", "-jar", jar.toString(), "0"), Map.of(),
                dir.resolve("class-data")).orElseThrow();
        List<String> command = own.command(false, 1L);
        assertFalse(command.contains("-XX:+UseSerialGC"), "two collectors stop the JVM: " + command);
        assertTrue(command.indexOf("-XX:TieredStopAtLevel=1") < command.indexOf("-XX:TieredStopAtLevel=4"), "the "
                + "last one counts: " + command);
        assertEquals(0, own.run(1L), "the child starts");
    }

    @Test
    void anArchiveThatCannotBeKeptStillReturnsTheChildsExitCode() throws IOException {
        Path jar = exitJar();
        Plan plan = plan(List.of("-jar", jar.toString(), "0"), Map.of(), dir.resolve("class-data")).orElseThrow();
        Files.createDirectories(plan.archive().resolve("in-the-way"));
        assertEquals(0, plan.run(1L), "a failure after the window closed must not open it again in this JVM");
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneIsDeleted() throws IOException {
        Path jar = exitJar();
        Path folder = dir.resolve("class-data");
        Plan before = plan(List.of("-jar", jar.toString(), "0"), Map.of(), folder).orElseThrow();
        before.run(1L);
        assertTrue(before.archiveReady());

        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Plan after = plan(List.of("-jar", jar.toString(), "0"), Map.of(), folder).orElseThrow();
        assertFalse(after.archiveReady(), "an archive is only good for the jar it was made from");
        after.run(1L);
        assertTrue(after.archiveReady());
        assertFalse(Files.exists(before.archive()));
    }

    @Test
    void startsHereWithoutMinusJarOrWhenAnArchiveIsChosenAlready() throws IOException {
        Path jar = exitJar();
        Path folder = dir.resolve("class-data");
        assertEquals(Optional.empty(), plan(List.of("-cp", jar.toString(), "Exit"), Map.of(), folder));
        assertEquals(Optional.empty(), plan(List.of("-jar"), Map.of(), folder));
        assertEquals(Optional.empty(), plan(List.of("-jar", dir.resolve("gone.jar").toString()), Map.of(), folder));
        for (String own : List.of("-XX:SharedArchiveFile=x.jsa", "-Xshare:off", "-XX:ArchiveClassesAtExit=x.jsa",
                "-XX:DumpLoadedClassList=x.lst", "-Dtrunkwizard.relaunch=false")) {
            assertEquals(Optional.empty(), plan(List.of(own, "-jar", jar.toString()), Map.of(), folder), own);
        }
        assertEquals(Optional.empty(), plan(List.of("-jar", jar.toString()),
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -XX:DumpLoadedClassList=c.lst -Xshare:off"), folder));
        assertEquals(Optional.empty(), plan(List.of("-jar", jar.toString()),
                Map.of("JDK_JAVA_OPTIONS", "-XX:SharedArchiveFile=/opt/x.jsa"), folder));
        assertTrue(plan(List.of("-jar", jar.toString(), "gui"), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), folder)
                .isPresent());
    }

    private static Optional<Plan> plan(List<String> argv, Map<String, String> env, Path folder) throws IOException {
        return ArchiveRelaunch.plan(argv, env, JAVA_HOME, VM, folder);
    }

    /** A jar whose main exits with the code its argument gives. */
    private Path exitJar() throws IOException {
        Path jar = dir.resolve("exit.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ExitWith.class.getName());
        String entry = ExitWith.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = ExitWith.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
