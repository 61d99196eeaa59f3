package org.trunkwizard.carriers.setup;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.trunkwizard.config.AtomicFiles;
import org.trunkwizard.config.PrivateFolder;

/**
 * What this tool created for one setup ({@code <carrier>-<slug>.json} in the carriers config folder), so undo removes
 * exactly that and nothing the admin made. Saved after every change, so a run that fails part way still knows.
 * {@code T} is the carrier's own record of IDs: never a secret.
 */
public final class SetupRecord<T> {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private final T created;

    private SetupRecord(Path file, T created) {
        this.file = file;
        this.created = created;
    }

    public static Path file(Path folder, Carrier carrier, String name) {
        return folder.resolve(carrier.id() + "-" + SetupRequest.slug(name) + ".json");
    }

    /** The record for the setup named {@code name}; a fresh one when none was recorded. */
    public static <T> SetupRecord<T> load(Path folder, Carrier carrier, String name, Class<T> type,
                                          Supplier<T> fresh) {
        Path file = file(folder, carrier, name);
        if (!Files.isRegularFile(file)) {
            return new SetupRecord<>(file, fresh.get());
        }
        try {
            T read = GSON.fromJson(Files.readString(file), type);
            return new SetupRecord<>(file, read == null ? fresh.get() : read);
        } catch (IOException | JsonParseException e) {
            // An unreadable record must not block a setup; undo then removes only what it can prove.
            return new SetupRecord<>(file, fresh.get());
        }
    }

    public T created() {
        return created;
    }

    public void save() {
        try {
            PrivateFolder.ensure(file.getParent());
            AtomicFiles.writeString(file, GSON.toJson(created));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing recorded: no file. */
    public boolean isEmpty() {
        return !Files.isRegularFile(file);
    }
}
