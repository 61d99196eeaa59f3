package org.trunkwizard.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} from the built jar initializes nothing it does not need (start-up time, issue 16): no JavaFX,
 * Kotlin, protobuf, LiveKit client, OkHttp or Retrofit class is loaded (the other commands are not even made), and
 * no record's generated equals, hashCode or toString runs (their first use bootstraps
 * {@code java.lang.runtime.ObjectMethods}, about 90 ms). Counted with {@code -verbose:class}, as the README says.
 * Nor does it pay for start-up work whose result it never uses: the JDK's ResourceBundle lookup for the one message
 * file (a ServiceLoader search and a walk over candidate locales, about 60 ms of CPU), or the launcher's Add-Exports
 * handling (lambdas in ModuleLayer, for a JavaFX module that a class-path jar does not have).
 */
class CliClassLoadingIT {

    private static final String NEVER_FOR_VALIDATE = "javafx|kotlin|com\\.google\\.protobuf|com\\.google\\.common|livekit"
            + "|io\\.livekit|okhttp3|retrofit2|org\\.trunkwizard\\.livekit\\.SipApi|java\\.lang\\.runtime\\.ObjectMethods"
            + "|java\\.util\\.ResourceBundle\\$ResourceBundleControlProviderHolder|java\\.lang\\.ModuleLayer\\$\\$Lambda";

    @Test
    void validateLoadsNoJavaFxKotlinProtobufLiveKitOrHttpClient() throws IOException, InterruptedException {
        List<String> loaded = classesLoadedByValidate(Path.of("resources", "guide-example.txt"), 1);
        assertEquals(List.of(), matching(loaded, NEVER_FOR_VALIDATE));
    }

    /**
     * A valid trunk is printed as lk JSON; written without protobuf, whose JsonFormat and LiveKit's descriptors
     * took more than half a second of CPU. Its number is valid, so no warning names its country, and the JDK's
     * table of country names (CLDR) is not loaded either.
     */
    @Test
    void validateOfAValidTrunkPrintsItWithoutProtobufOrCountryNames(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("trunk.txt"), """
                Trunk name: Acme Outbound
                Trunk direction: Outbound
                Address: sip.telnyx.com
                Transport: TCP
                Numbers: +16502530000
                Media encryption (SRTP): Media encryption disabled
                """);
        List<String> loaded = classesLoadedByValidate(file, 0);
        assertEquals(List.of(), matching(loaded, NEVER_FOR_VALIDATE + "|sun\\.util\\.resources\\.cldr\\.LocaleNames"));
    }

    private static List<String> classesLoadedByValidate(Path file, int exitCode)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("trunkwizard.jar", "target/trunk-wizard.jar"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class",
                "-Dtrunkwizard.configDir=" + Path.of("target", "test-config").toAbsolutePath(),
                "-jar", jar.toString(), "validate", file.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exitCode, process.exitValue(), "validate " + file + ": " + out);
        List<String> loaded = out.lines().filter(l -> l.contains("[class,load]")).toList();
        assertTrue(loaded.size() > 100, "-verbose:class output: " + out);
        return loaded;
    }

    private static List<String> matching(List<String> loaded, String classes) {
        return loaded.stream().filter(l -> l.matches(".*\\] (" + classes + ")[.$/\\s].*")).toList();
    }
}
