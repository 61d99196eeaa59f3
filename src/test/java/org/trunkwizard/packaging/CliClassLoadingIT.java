package org.trunkwizard.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code validate} from the built jar initializes nothing it does not need (start-up time, issue 16): no JavaFX,
 * Kotlin, protobuf, LiveKit client, OkHttp or Retrofit class is loaded (the other commands are not even made), and
 * no record's generated equals, hashCode or toString runs (their first use bootstraps
 * {@code java.lang.runtime.ObjectMethods}, about 90 ms). Counted with {@code -verbose:class}, as the README says.
 */
class CliClassLoadingIT {

    @Test
    void validateLoadsNoJavaFxKotlinProtobufLiveKitOrHttpClient() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("trunkwizard.jar", "target/trunk-wizard.jar"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class",
                "-Dtrunkwizard.configDir=" + Path.of("target", "test-config").toAbsolutePath(),
                "-jar", jar.toString(), "validate", "resources/guide-example.txt")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), "the guide's example has an error: " + out);
        List<String> loaded = out.lines().filter(l -> l.contains("[class,load]")).toList();
        assertTrue(loaded.size() > 100, "-verbose:class output: " + out);
        List<String> unneeded = loaded.stream()
                .filter(l -> l.matches(".*\\] (javafx|kotlin|com\\.google\\.protobuf|livekit|io\\.livekit|okhttp3|retrofit2"
                        + "|org\\.trunkwizard\\.livekit\\.SipApi|java\\.lang\\.runtime\\.ObjectMethods)[.\\s].*"))
                .toList();
        assertEquals(List.of(), unneeded);
    }
}
