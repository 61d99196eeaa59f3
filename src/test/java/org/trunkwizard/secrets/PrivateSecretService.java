package org.trunkwizard.secrets;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Secret Service for one test class: a private D-Bus session bus and a gnome-keyring-daemon with a fresh
 * keyring in a temporary HOME/XDG tree, unlocked (or deliberately left locked). The JVM is pointed at it through the
 * {@value #BUS_PROPERTY} system property, which dbus-java reads before the environment variable of that name;
 * afterwards the property is restored, both daemons stopped and the tree deleted.
 *
 * <p>Without dbus-daemon or gnome-keyring-daemon the tests are skipped, except on CI ({@code CI=true}) where they
 * fail: CI is where we promise the keychain path was exercised.
 */
public final class PrivateSecretService implements BeforeAllCallback, AfterAllCallback {

    public static final String BUS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";
    private static final String UNLOCK_PASSWORD = "private-test-keyring";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final boolean unlocked;
    private Path root;
    private Process bus;
    private Process keyringDaemon;
    private String previousAddress;
    private String address;

    private PrivateSecretService(boolean unlocked) {
        this.unlocked = unlocked;
    }

    /** A Secret Service whose login keyring is created and unlocked: writes succeed. */
    public static PrivateSecretService unlocked() {
        return new PrivateSecretService(true);
    }

    /** A Secret Service that is running but has no unlocked keyring: writes fail or wait for a prompt. */
    public static PrivateSecretService locked() {
        return new PrivateSecretService(false);
    }

    public String address() {
        return address;
    }

    /** The daemon's temporary HOME/XDG tree (its keyring files live under {@code data/keyrings}). */
    public Path root() {
        return root;
    }

    /** Stops the keyring daemon in its tracks (SIGSTOP): calls to it hang, as with an unanswered unlock prompt. */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a frozen daemon run again (SIGCONT). */
    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String which) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", which, Long.toString(keyringDaemon.pid())).inheritIO().start();
        Assertions.assertEquals(0, kill.waitFor(), "kill " + which);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireOnPath("dbus-daemon");
        requireOnPath("gnome-keyring-daemon");
        root = Files.createTempDirectory("tw-secret-service");
        for (String dir : new String[] {"home", "data", "config", "runtime"}) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.setPosixFilePermissions(root.resolve("runtime"), PosixFilePermissions.fromString("rwx------"));
        previousAddress = System.getProperty(BUS_PROPERTY);
        try {
            startBus();
            startKeyringDaemon();
            System.setProperty(BUS_PROPERTY, address);
            if (unlocked) {
                awaitReady();
            }
        } catch (Exception | AssertionError e) {
            afterAll(context);
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (previousAddress == null) {
            System.clearProperty(BUS_PROPERTY);
        } else {
            System.setProperty(BUS_PROPERTY, previousAddress);
        }
        stop(keyringDaemon);
        stop(bus);
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void startBus() throws Exception {
        // Our own config: listen on a socket in our tree, and no service activation (nothing else gets started).
        Path config = root.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(root.resolve("bus")));
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(root.resolve("dbus-daemon.log").toFile());
        environment(pb.environment());
        bus = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        address = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (address == null || address.isBlank()) {
            Assertions.fail("dbus-daemon printed no address; its log: " + log("dbus-daemon.log"));
        }
    }

    private void startKeyringDaemon() throws IOException {
        ProcessBuilder pb = unlocked
                ? new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                : new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--components=secrets");
        environment(pb.environment());
        pb.environment().put(BUS_PROPERTY, address);
        pb.redirectOutput(root.resolve("gnome-keyring.log").toFile()).redirectErrorStream(true);
        keyringDaemon = pb.start();
        try (OutputStream in = keyringDaemon.getOutputStream()) {
            if (unlocked) {
                // --unlock reads the new login keyring's password from stdin; it must not be empty
                in.write(UNLOCK_PASSWORD.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** A fresh, empty tree: an existing keyring with another password would make writes wait for a prompt. */
    private void environment(Map<String, String> env) {
        env.put("HOME", root.resolve("home").toString());
        env.put("XDG_DATA_HOME", root.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
        env.put("XDG_RUNTIME_DIR", root.resolve("runtime").toString());
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("GNOME_KEYRING_CONTROL");
        env.remove(BUS_PROPERTY);
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        KeychainStatus last = null;
        while (System.nanoTime() < deadline) {
            if (!keyringDaemon.isAlive()) {
                Assertions.fail("gnome-keyring-daemon exited (" + keyringDaemon.exitValue() + "): "
                        + log("gnome-keyring.log"));
            }
            try (KeyringSecretStore store = new KeyringSecretStore(Duration.ofSeconds(5))) {
                last = store.probe();
            }
            if (last.available()) {
                return;
            }
            Thread.sleep(100);
        }
        Assertions.fail("the private Secret Service did not become usable: " + (last == null ? "?" : last.message())
                + "; gnome-keyring log: " + log("gnome-keyring.log"));
    }

    private String log(String name) {
        try {
            return Files.readString(root.resolve(name)).strip();
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireOnPath(String binary) {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, binary)));
        if (found) {
            return;
        }
        String message = binary + " is not installed, so the keychain tests cannot start a real Secret Service."
                + " Install it with: apt-get install -y dbus gnome-keyring";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: these tests must run on CI)");
        }
        Assumptions.abort(message);
    }
}
