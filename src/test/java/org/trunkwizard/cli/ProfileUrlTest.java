package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** A URL with a user name and password in it is refused before anything is kept, and never printed back. */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ProfileUrlTest {

    private static final String USER_INFO = "alice:Pw-5entinel-77";

    @RegisterExtension
    final IsolatedJvm jvm = new IsolatedJvm();

    @Test
    void aUrlWithUserInfoIsRefusedNamingTheFieldWithoutEchoingIt() throws IOException {
        for (String url : new String[] {"http://" + USER_INFO + "@localhost:7880",
                "wss://" + USER_INFO + "@my-project.livekit.cloud", "https://alice@my-project.livekit.cloud"}) {
            CapturedConsole c = new CapturedConsole(Map.of("LIVEKIT_API_SECRET", "x"), null);
            int exit = c.run("profile", "save", "prod", "--url", url, "--api-key", "APIprod");
            String printed = c.out() + c.err();
            assertEquals(ExitCode.REFUSED, exit, printed);
            assertTrue(printed.contains("livekit_url"), printed);
            assertFalse(printed.contains("alice"), printed);
            assertFalse(printed.contains("Pw-5entinel"), printed);
        }
        assertFalse(jvm.printed().contains("Pw-5entinel"), jvm.printed());
        try (Stream<Path> files = Files.walk(jvm.config())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains("alice"), f.toString());
            }
        }
    }
}
