package org.trunkwizard.secrets;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keychains cannot list their entries, so this remembers what was saved: key, kind, label, created, last rotated.
 * A JSON file ({@value #FILE_NAME}) in the config folder, rewritten whole and atomically. No secret ever goes in.
 */
public final class CredentialIndex {

    public static final String FILE_NAME = "credentials.json";

    private final JsonConfigFile json;

    public CredentialIndex(Path configDir) {
        this.json = new JsonConfigFile(configDir.resolve(FILE_NAME), "credentials");
    }

    public Path file() {
        return json.file();
    }

    /** Every row, oldest first. */
    public List<SavedCredential> list() throws ConfigFileException {
        List<SavedCredential> rows = json.readRows(o -> CredentialKey.parse(o.get("key").getAsString())
                .map(key -> new SavedCredential(key, o.has("label") ? o.get("label").getAsString() : "",
                        Instant.parse(o.get("created").getAsString()),
                        Instant.parse(o.get("lastRotated").getAsString())))
                .orElse(null));
        rows.sort(Comparator.comparing(SavedCredential::created));
        return rows;
    }

    public Optional<SavedCredential> find(CredentialKey key) throws ConfigFileException {
        return list().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Adds the row, or marks an existing one as rotated now (keeping when it was first saved). */
    public SavedCredential recordSaved(CredentialKey key, String label, Instant now) throws ConfigFileException {
        List<SavedCredential> rows = new ArrayList<>(list());
        SavedCredential row = new SavedCredential(key, label, now, now);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                row = rows.get(i).rotated(label, now);
                rows.set(i, row);
                write(rows);
                return row;
            }
        }
        rows.add(row);
        write(rows);
        return row;
    }

    /** Removes the row; false when there was none. */
    public boolean remove(CredentialKey key) throws ConfigFileException {
        List<SavedCredential> rows = new ArrayList<>(list());
        boolean removed = rows.removeIf(c -> c.key().equals(key));
        if (removed) {
            write(rows);
        }
        return removed;
    }

    private void write(List<SavedCredential> rows) throws ConfigFileException {
        List<JsonObject> out = new ArrayList<>();
        for (SavedCredential c : rows) {
            JsonObject o = new JsonObject();
            o.addProperty("key", c.key().account());
            o.addProperty("kind", c.kind().word());
            o.addProperty("label", c.label());
            o.addProperty("created", c.created().toString());
            o.addProperty("lastRotated", c.lastRotated().toString());
            out.add(o);
        }
        json.writeRows(out);
    }
}
