package org.trunkwizard.secrets;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.config.AtomicFiles;
import org.trunkwizard.i18n.Messages;

/** One of our JSON config files holding a list of rows: {@code {"version": 1, "<list>": [{...}, ...]}}. */
final class JsonConfigFile {

    /** Reads one row; may throw any of the unchecked exceptions Gson and java.time use for bad data. */
    interface RowReader<T> {
        T read(JsonObject row);
    }

    private final Path file;
    private final String listName;

    JsonConfigFile(Path file, String listName) {
        this.file = file;
        this.listName = listName;
    }

    Path file() {
        return file;
    }

    /** The rows; none when the file does not exist yet. */
    <T> List<T> readRows(RowReader<T> reader) throws ConfigFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new ConfigFileException(Messages.get("config.unreadable", file, e.getClass().getSimpleName()));
        }
        try {
            List<T> rows = new ArrayList<>();
            JsonArray array = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray(listName);
            for (JsonElement e : array == null ? new JsonArray() : array) {
                T row = reader.read(e.getAsJsonObject());
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException | ClassCastException | DateTimeParseException e) {
            throw new ConfigFileException(Messages.get("config.damaged", file));
        }
    }

    /** Replaces the whole file atomically. */
    void writeRows(List<JsonObject> rows) throws ConfigFileException {
        JsonArray array = new JsonArray();
        rows.forEach(array::add);
        JsonObject doc = new JsonObject();
        doc.addProperty("version", 1);
        doc.add(listName, array);
        try {
            AtomicFiles.writeString(file,
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc) + "\n");
        } catch (IOException e) {
            throw new ConfigFileException(Messages.get("config.unwritable", file, e.getClass().getSimpleName()));
        }
    }
}
