package org.trunkwizard.carriers.twilio;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.config.AtomicFiles;
import org.trunkwizard.config.PrivateFolder;

/**
 * What this tool created for one setup, so {@code --undo} removes exactly that and nothing the admin made.
 * Written after every change, so a run that fails part way still knows. IDs only: never a secret.
 */
public final class SetupState {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** The fields as stored; names are the file's JSON keys. */
    static final class Created {
        String trunkSid = "";
        String credentialListSid = "";
        String credentialSid = "";
        String originationUrlSid = "";
        String livekitTrunkId = "";
        boolean trunk;
        boolean credentialList;
        boolean credentialListAttached;
        List<String> numberSids = new ArrayList<>();
        boolean livekitTrunk;
    }

    private final Path file;
    final Created created;

    private SetupState(Path file, Created created) {
        this.file = file;
        this.created = created;
    }

    /** The state for the setup named {@code slug} in {@code folder}; empty when none was recorded. */
    public static SetupState load(Path folder, String slug) {
        Path file = folder.resolve("twilio-" + slug + ".json");
        if (!Files.isRegularFile(file)) {
            return new SetupState(file, new Created());
        }
        try {
            Created read = GSON.fromJson(Files.readString(file), Created.class);
            return new SetupState(file, read == null ? new Created() : read);
        } catch (IOException | JsonParseException e) {
            // An unreadable record must not block a setup; undo then removes only what it can prove.
            return new SetupState(file, new Created());
        }
    }

    void save() {
        try {
            PrivateFolder.ensure(file.getParent());
            AtomicFiles.writeString(file, GSON.toJson(created));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isEmpty() {
        return !Files.isRegularFile(file);
    }

    public String livekitTrunkId() {
        return created.livekitTrunkId;
    }
}
