package org.trunkwizard.diagnostics;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real server binary the diagnostics tests run against. Missing, the tests skip, except with CI=true where they
 * fail: CI is where we promise the checks met real servers (the house rule, as for gnome-keyring).
 */
final class RequiredTool {

    private RequiredTool() {
    }

    static Path find(String binary, String debianPackage) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        // dnsmasq lives in /usr/sbin, which a normal user's PATH often leaves out.
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        Optional<Path> found = dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, binary))
                .filter(Files::isExecutable).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String message = binary + " is not installed, so the diagnostics tests cannot start a real server."
                + " Install it with: apt-get install -y " + debianPackage;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: these tests must run on CI)");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }
}
