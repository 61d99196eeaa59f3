package org.trunkwizard.trunk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.trunkwizard.i18n.Messages;

/**
 * Each field of the trunk must have its JSON type: protobuf's JsonFormat would read {@code "name": 123} as "123"
 * and an enum given as a number ({@code "transport": 5}) as whatever that number means, or the default. The
 * fields and their types come from LiveKit's own message, so a field LiveKit adds is checked too. Messages name the
 * field and never show the value: it may be the password.
 */
final class TrunkJsonTypes {

    private TrunkJsonTypes() {
    }

    static void check(JsonObject trunk) throws TrunkFormatException {
        for (Map.Entry<String, JsonElement> e : trunk.entrySet()) {
            FieldDescriptor field = field(e.getKey());
            if (field != null && !e.getValue().isJsonNull()) {
                check(e.getKey(), field, e.getValue());
            }
        }
    }

    /** By its lk name (snake_case) or its JSON name (camelCase); null for a field JsonFormat will name as unknown. */
    private static FieldDescriptor field(String name) {
        for (FieldDescriptor f : SIPOutboundTrunkInfo.getDescriptor().getFields()) {
            if (f.getName().equals(name) || f.getJsonName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static void check(String name, FieldDescriptor field, JsonElement value) throws TrunkFormatException {
        if (field.isMapField()) {
            if (!value.isJsonObject()) {
                throw new TrunkFormatException(Messages.get("file.json.type.map", name));
            }
            for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                if (!isText(entry.getValue())) {
                    throw new TrunkFormatException(Messages.get("file.json.type.mapValue", name, entry.getKey()));
                }
            }
        } else if (field.isRepeated()) {
            if (!value.isJsonArray()) {
                throw new TrunkFormatException(Messages.get("file.json.type.list", name));
            }
            for (int i = 0; i < value.getAsJsonArray().size(); i++) {
                if (isTextInJson(field) && !isText(value.getAsJsonArray().get(i))) {
                    throw new TrunkFormatException(Messages.get("file.json.type.text", name + "[" + i + "]"));
                }
            }
        } else if (isTextInJson(field) && !isText(value)) {
            throw new TrunkFormatException(Messages.get("file.json.type.text", name));
        }
    }

    /** Strings, and enums: lk writes them as names ("SIP_TRANSPORT_TCP"), and so must a file. */
    private static boolean isTextInJson(FieldDescriptor field) {
        return field.getJavaType() == FieldDescriptor.JavaType.STRING
                || field.getJavaType() == FieldDescriptor.JavaType.ENUM;
    }

    private static boolean isText(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }
}
