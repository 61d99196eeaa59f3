package org.trunkwizard.startup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.trunkwizard.config.AppDirs;

/**
 * Opens the window from {@code java -jar} in a second JVM that maps its classes from a class-data archive (issue 16).
 * A manifest cannot carry JVM options, so {@code java -jar} alone loads and verifies some 4,500 classes from the jar
 * on every start; the installed package has its archive made at install time instead. The first run makes the
 * archive when the window closes ({@code -XX:ArchiveClassesAtExit}), in the cache folder ({@link AppDirs#cacheDir()}),
 * one per jar location and JDK; later runs start with it. Only for {@code java [options] -jar FILE [gui ...]} whose command line can be read
 * (Linux, macOS): the installed package, tests, an IDE, {@code -cp}, an archive option of the user's own, or
 * {@code -Dtrunkwizard.relaunch=false} start in this JVM, as before.
 */
public final class ArchiveRelaunch {

    /** When the first JVM started (epoch ms): the child's first frame counts from there. Set on the child. */
    public static final String STARTED_AT = "trunkwizard.startedAt";
    public static final String SWITCH = "trunkwizard.relaunch";
    static final String FOLDER = "class-data";

    /** The installed package's choice too: C1 only and the serial collector start a short-lived window fastest. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ArchiveRelaunch() {
    }

    /** Runs the window in a child JVM and returns its exit code; empty when the window should open in this JVM. */
    public static OptionalInt run() {
        try {
            if ("false".equals(System.getProperty(SWITCH)) || System.getProperty(STARTED_AT) != null) {
                return OptionalInt.empty();
            }
            ProcessHandle.Info self = ProcessHandle.current().info();
            Optional<String[]> argv = self.arguments();
            long startedAt = ProcessStart.epochMillis();
            if (argv.isEmpty()) {
                return OptionalInt.empty();
            }
            Optional<Plan> plan = plan(List.of(argv.get()), System.getenv(), System.getProperty("java.home"),
                    System.getProperty("java.vm.version"), AppDirs.cacheDir().resolve(FOLDER));
            if (plan.isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(plan.get().run(startedAt));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * What to start, or empty when the command line is not {@code [options] -jar FILE ...} or already chooses an
     * archive. Reads the jar's size and time, since an archive is only good for the jar it was made from.
     */
    static Optional<Plan> plan(List<String> argv, Map<String, String> env, String javaHome, String vmVersion,
            Path folder) throws IOException {
        int jarAt = argv.indexOf("-jar");
        if (jarAt < 0 || jarAt + 1 >= argv.size() || javaHome == null) {
            return Optional.empty();
        }
        List<String> options = argv.subList(0, jarAt);
        String inherited = env.getOrDefault("JDK_JAVA_OPTIONS", "") + " " + env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        for (String o : options) {
            if (choosesArchive(o)) {
                return Optional.empty();
            }
        }
        for (String o : inherited.strip().split("\\s+")) {
            if (choosesArchive(o)) {
                return Optional.empty();
            }
        }
        Path jar = Path.of(argv.get(jarAt + 1)).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        String place = hex((jar + "|" + javaHome).hashCode());
        String made = hex((Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + vmVersion)
                .hashCode());
        Path java = Path.of(javaHome, "bin", "java");
        return Optional.of(new Plan(java, options, jar, argv.subList(jarAt + 2, argv.size()), folder,
                folder.resolve(place + "-" + made + ".jsa"), place + "-"));
    }

    static boolean choosesArchive(String option) {
        return option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                || option.startsWith("-Xshare") || option.startsWith("-XX:DumpLoadedClassList")
                || option.startsWith("-D" + SWITCH + "=");
    }

    private static String hex(int h) {
        return Integer.toHexString(h);
    }

    /**
     * The child JVM: the user's own options, then the archive (made now or used), then the app's.
     *
     * @param placePrefix names every archive made for this jar location, so a rebuilt jar's old one is deleted
     */
    record Plan(Path java, List<String> options, Path jar, List<String> appArgs, Path folder, Path archive,
            String placePrefix) {

        boolean archiveReady() {
            return Files.isRegularFile(archive);
        }

        /** The archive is written under another name and moved in only once the child ended well. */
        Path pending() {
            return folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        }

        List<String> command(boolean ready, long startedAt) {
            List<String> c = new ArrayList<>();
            c.add(java.toString());
            // Before the user's options, which so win; a collector of the user's own would clash with ours.
            boolean ownGc = options.stream().anyMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"));
            for (String o : FAST_START) {
                if (!(ownGc && o.endsWith("GC"))) {
                    c.add(o);
                }
            }
            c.addAll(options);
            if (ready) {
                c.add("-XX:SharedArchiveFile=" + archive);
                c.add("-Xshare:auto");
            } else {
                c.add("-XX:ArchiveClassesAtExit=" + pending());
            }
            // The JVM's own notes about the archive (a class it cannot keep, a jar that changed) are not the user's.
            c.add("-Xlog:cds=off");
            c.add("-Xlog:cds+dynamic=off");
            c.add("-D" + STARTED_AT + "=" + startedAt);
            c.add("-jar");
            c.add(jar.toString());
            c.addAll(appArgs);
            return c;
        }

        int run(long startedAt) throws IOException {
            boolean ready = archiveReady();
            if (!ready) {
                Files.createDirectories(folder);
            }
            Process child = new ProcessBuilder(command(ready, startedAt)).inheritIO().start();
            int code;
            try {
                code = child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
                return 130;
            }
            if (!ready) {
                try {
                    keepArchive(code);
                } catch (IOException | RuntimeException e) {
                    // The window has been and gone: only the archive is lost (made again next time). Failing here
                    // would have Main open the window a second time, in this JVM.
                }
            }
            return code;
        }

        /** A child ended by a signal (exit 128 and above) may have left half an archive: it is not kept. */
        private void keepArchive(int code) throws IOException {
            Path made = pending();
            if (code >= 128 || !Files.isRegularFile(made) || Files.size(made) == 0) {
                Files.deleteIfExists(made);
                return;
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, placePrefix + "*.jsa")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
