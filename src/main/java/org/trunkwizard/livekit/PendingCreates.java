package org.trunkwizard.livekit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.config.AtomicFiles;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * Remembers a create whose outcome is unknown (a timeout, a dropped connection, Stop, an unexpected reply): LiveKit
 * may still make the trunk after we gave up. The next create of the same trunk lists again, and for a while, before
 * it makes another. A small file per trunk in the config folder: URL, name, address and the time sent; never the
 * password, the API secret or anything else from the request. Inbound trunks and dispatch rules have markers of
 * their own, named by what makes a rerun "the same" ({@link #inboundTrunk}, {@link #dispatchRule}): only the kind
 * and the time are written for them.
 */
final class PendingCreates {

    private final Path folder;
    private final String projectKey;

    PendingCreates(Path folder, String projectKey) {
        this.folder = folder;
        this.projectKey = projectKey;
    }

    /** When the earlier create of this trunk was sent, if its outcome is still unknown. */
    Optional<Instant> sentAt(TrunkSpec spec) {
        return sentAt(file(spec));
    }

    Optional<Instant> sentAt(Marker marker) {
        return sentAt(file(marker));
    }

    private Optional<Instant> sentAt(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
                return Optional.empty();
            }
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            return Optional.of(Instant.parse(o.get("sent_at").getAsString()));
        } catch (IOException | RuntimeException e) {
            // An unreadable marker is treated as none: the list before every create still guards.
            return Optional.empty();
        }
    }

    /** Written before the request leaves, so even a killed process leaves word of it. */
    void remember(String baseUrl, TrunkSpec spec, Instant sentAt) {
        JsonObject o = new JsonObject();
        o.addProperty("livekit_url", baseUrl);
        o.addProperty("name", spec.name());
        o.addProperty("address", spec.address());
        o.addProperty("sent_at", sentAt.toString());
        try {
            AtomicFiles.writeString(file(spec), o + "\n");
        } catch (IOException e) {
            // Without the marker a rerun still lists first; it only cannot wait for a late landing.
        }
    }

    /** Written before the request leaves; the kind and the time, nothing from the request. */
    void remember(String baseUrl, Marker marker, Instant sentAt) {
        JsonObject o = new JsonObject();
        o.addProperty("livekit_url", baseUrl);
        o.addProperty("kind", marker.kind());
        o.addProperty("sent_at", sentAt.toString());
        try {
            AtomicFiles.writeString(file(marker), o + "\n");
        } catch (IOException e) {
            // Without the marker a rerun still lists first; it only cannot wait for a late landing.
        }
    }

    /** The outcome is known now: the trunk exists, or LiveKit refused it. */
    void forget(TrunkSpec spec) {
        forget(file(spec));
    }

    void forget(Marker marker) {
        forget(file(marker));
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stale marker costs the next run one wait, no more.
        }
    }

    /** What a create of something other than an outbound trunk is known by: its kind and what makes it the same. */
    record Marker(String kind, String identity) {
    }

    /** An inbound trunk is "the same" when it takes the same numbers (LiveKit allows one per number). */
    static Marker inboundTrunk(java.util.Collection<String> numbers) {
        return new Marker("inbound_trunk", String.join("\n", new java.util.TreeSet<>(numbers)));
    }

    /** A dispatch rule is "the same" when it binds the same trunks (LiveKit allows one plain rule per trunk). */
    static Marker dispatchRule(java.util.Collection<String> trunkIds) {
        return new Marker("dispatch_rule", String.join("\n", new java.util.TreeSet<>(trunkIds)));
    }

    private Path file(Marker marker) {
        return folder.resolve(projectKey + "-" + ShortHash.of(marker.kind() + "\n" + marker.identity(), 8)
                + ".pending");
    }

    private Path file(TrunkSpec spec) {
        String identity = spec.name().strip() + "\n" + spec.address().strip().toLowerCase(Locale.ROOT);
        return folder.resolve(projectKey + "-" + ShortHash.of(identity, 8) + ".pending");
    }
}
