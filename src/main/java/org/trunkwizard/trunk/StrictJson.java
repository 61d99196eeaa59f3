package org.trunkwizard.trunk;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;

/**
 * JSON as RFC 8259 writes it and lk prints it, nothing more: no comments, single quotes, unquoted words, trailing
 * text or repeated keys (Gson's tree parser accepts all of these, so a typo could silently become a value). Nesting is
 * checked while reading, so a file nested thousands deep is refused instead of overflowing the stack.
 */
final class StrictJson {

    /** A trunk needs three levels ({"trunk": {"headers": {...}}}); the rest is headroom. */
    static final int MAX_DEPTH = 16;
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private StrictJson() {
    }

    static JsonElement parse(String json) throws TrunkFormatException {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.LEGACY_STRICT);
        try {
            JsonElement root = read(reader, 0);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw notWellFormed(reader.toString());
            }
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson's own words name Java methods and a web page; only the place is worth showing.
            throw notWellFormed(e.getMessage());
        }
    }

    private static JsonElement read(JsonReader reader, int depth) throws IOException, TrunkFormatException {
        JsonToken token = reader.peek();
        if ((token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) && depth >= MAX_DEPTH) {
            throw new TrunkFormatException(Messages.get("file.json.tooDeep", MAX_DEPTH));
        }
        switch (token) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (object.has(name)) {
                        throw new TrunkFormatException(Messages.get("file.json.repeated", name));
                    }
                    object.add(name, read(reader, depth + 1));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw notWellFormed(reader.toString());
        }
    }

    private static TrunkFormatException notWellFormed(String detail) {
        Matcher at = LOCATION.matcher(detail == null ? "" : detail);
        return new TrunkFormatException(at.find()
                ? Messages.get("file.json.syntax", at.group(1), at.group(2))
                : Messages.get("file.json.syntax.somewhere"));
    }
}
