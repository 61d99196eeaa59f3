package org.trunkwizard.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * lk JSON for a trunk that holds only the fields {@link TrunkSpec} models: character for character what protobuf's
 * JsonFormat prints for it ({@code ModeledTrunkJsonTest} compares the two), written without protobuf, whose
 * JsonFormat and LiveKit's descriptors cost {@code validate} of a valid trunk more than half a second (issue 16).
 * Fields come in the order of their numbers in LiveKit's message, as JsonFormat prints them; empty ones are left out, as JsonFormat does, except media encryption.
 */
final class ModeledTrunkJson {

    private ModeledTrunkJson() {
    }

    /** {@code {"trunk": {...}}}, indented as JsonFormat indents. */
    static String request(TrunkSpec spec) {
        List<String> fields = new ArrayList<>();
        string(fields, "name", spec.name());
        string(fields, "metadata", spec.metadata());
        string(fields, "address", spec.address());
        if (spec.transport() != Transport.AUTO) {
            fields.add(quoted("transport") + ": " + quoted(spec.transport().protoName()));
        }
        if (!spec.numbers().isEmpty()) {
            List<String> numbers = new ArrayList<>();
            for (String n : spec.numbers()) {
                numbers.add(quoted(n));
            }
            fields.add(quoted("numbers") + ": [" + String.join(", ", numbers) + "]");
        }
        string(fields, "auth_username", spec.authUsername());
        string(fields, "auth_password", spec.authPassword());
        if (!spec.headers().isEmpty()) {
            List<String> headers = new ArrayList<>();
            for (Map.Entry<String, String> h : spec.headers().entrySet()) {
                headers.add("      " + quoted(h.getKey()) + ": " + quoted(h.getValue()));
            }
            fields.add(quoted("headers") + ": {\n" + String.join(",\n", headers) + "\n    }");
        }
        fields.add(quoted("media_encryption") + ": " + quoted(spec.mediaEncryption().protoName()));
        string(fields, "destination_country", spec.destinationCountry());
        return "{\n  \"trunk\": {\n    " + String.join(",\n    ", fields) + "\n  }\n}";
    }

    /** The bare trunk object, with the same members in the same order. */
    static JsonObject tree(TrunkSpec spec) {
        JsonObject o = new JsonObject();
        member(o, "name", spec.name());
        member(o, "metadata", spec.metadata());
        member(o, "address", spec.address());
        if (spec.transport() != Transport.AUTO) {
            o.addProperty("transport", spec.transport().protoName());
        }
        if (!spec.numbers().isEmpty()) {
            JsonArray numbers = new JsonArray();
            for (String n : spec.numbers()) {
                numbers.add(n);
            }
            o.add("numbers", numbers);
        }
        member(o, "auth_username", spec.authUsername());
        member(o, "auth_password", spec.authPassword());
        if (!spec.headers().isEmpty()) {
            JsonObject headers = new JsonObject();
            for (Map.Entry<String, String> h : spec.headers().entrySet()) {
                headers.addProperty(h.getKey(), h.getValue());
            }
            o.add("headers", headers);
        }
        o.addProperty("media_encryption", spec.mediaEncryption().protoName());
        member(o, "destination_country", spec.destinationCountry());
        return o;
    }

    private static void string(List<String> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.add(quoted(name) + ": " + quoted(value));
        }
    }

    private static void member(JsonObject o, String name, String value) {
        if (!value.isEmpty()) {
            o.addProperty(name, value);
        }
    }

    /** As JsonFormat quotes: through Gson, HTML-safe ({@code <}, {@code &}, {@code '}... as Unicode escapes). */
    private static String quoted(String s) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setHtmlSafe(true);
            w.value(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
