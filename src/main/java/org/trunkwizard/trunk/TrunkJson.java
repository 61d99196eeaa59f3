package org.trunkwizard.trunk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import org.trunkwizard.i18n.Messages;

/**
 * Reads and writes the {@code lk} CLI's JSON for an outbound trunk: {@code {"trunk": {...}}} or the bare trunk,
 * snake_case or camelCase names, enums as {@code "SIP_TRANSPORT_TCP"} or short forms like {@code "tcp"}.
 * Parsing is protobuf's JsonFormat over LiveKit's own generated classes, so what we accept is what lk accepts.
 */
public final class TrunkJson {

    private static final Pattern SECRET_WORDS = Pattern.compile("(?i)password|secret|token");


    /** The fields {@link TrunkSpec} models, checked by the wizard's rules. */
    private static final Set<String> MODELED = Set.of("name", "address", "transport", "numbers", "media_encryption",
            "auth_username", "auth_password", "destination_country", "headers", "metadata");

    private TrunkJson() {
    }

    public static TrunkSpec read(String json) throws TrunkFormatException {
        return readDocument(json).spec();
    }

    /**
     * Also reads what {@code lk sip outbound list --json} prints ({@code {"items": [one trunk]}}, with its
     * {@code sipTrunkId} and timestamps, which a create or update must not send). Names no outbound trunk field has
     * are set aside and reported, not refused.
     */
    public static TrunkDocument readDocument(String json) throws TrunkFormatException {
        JsonElement root = StrictJson.parse(json);
        JsonObject trunk = trunkObject(root).deepCopy();
        for (String serverManaged : List.of("sip_trunk_id", "created_at", "updated_at")) {
            FieldDescriptor f = SIPOutboundTrunkInfo.getDescriptor().findFieldByName(serverManaged);
            trunk.remove(f.getName());
            trunk.remove(f.getJsonName());
        }
        Set<String> fields = new LinkedHashSet<>();
        List<String> unchecked = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : List.copyOf(trunk.keySet())) {
            Optional<FieldDescriptor> f = field(key);
            if (f.isEmpty()) {
                unknown.add(key);
                trunk.remove(key);
            } else {
                fields.add(f.get().getName());
                if (!MODELED.contains(f.get().getName())) {
                    unchecked.add(f.get().getName());
                }
            }
        }
        TrunkJsonTypes.check(trunk);
        expandShortEnum(trunk, "transport", t -> Transport.fromText(t).map(Transport::protoName));
        expandShortEnum(trunk, "media_encryption", t -> MediaEncryption.fromText(t).map(MediaEncryption::protoName));
        expandShortEnum(trunk, "mediaEncryption", t -> MediaEncryption.fromText(t).map(MediaEncryption::protoName));
        return new TrunkDocument(TrunkProto.fromProto(JsonFormatting.parse(trunk)), fields, unchecked, unknown);
    }

    /** The trunk object of an lk create request, a bare trunk, or an lk list of exactly one trunk. */
    private static JsonObject trunkObject(JsonElement root) throws TrunkFormatException {
        if (!root.isJsonObject()) {
            throw new TrunkFormatException(Messages.get("file.json.notObject"));
        }
        JsonObject o = root.getAsJsonObject();
        if (o.has("items") && o.get("items").isJsonArray()) {
            var items = o.getAsJsonArray("items");
            if (items.size() != 1) {
                throw new TrunkFormatException(Messages.get("file.json.items", items.size()));
            }
            return requireObject(items.get(0));
        }
        return o.has("trunk") ? requireObject(o.get("trunk")) : o;
    }

    private static JsonObject requireObject(JsonElement e) throws TrunkFormatException {
        if (!e.isJsonObject()) {
            throw new TrunkFormatException(Messages.get("file.json.notObject"));
        }
        return e.getAsJsonObject();
    }

    /** Both name styles lk reads: {@code auth_username} and {@code authUsername}. */
    private static Optional<FieldDescriptor> field(String key) {
        return SIPOutboundTrunkInfo.getDescriptor().getFields().stream()
                .filter(f -> f.getName().equals(key) || f.getJsonName().equals(key))
                .findFirst();
    }

    /**
     * lk JSON, snake_case, wrapped as a create request: {@code {"trunk": {...}}}. A trunk with only the fields the
     * wizard edits is written without protobuf (start-up of {@code validate}, issue 16).
     */
    public static String write(TrunkSpec spec, boolean includePassword) {
        TrunkSpec out = includePassword ? spec : spec.withoutPassword();
        return out.hasOtherFields() ? JsonFormatting.request(out) : ModeledTrunkJson.request(out);
    }

    /** The bare trunk object, snake_case; the password is never included. */
    public static JsonObject toJsonTree(TrunkSpec spec) {
        TrunkSpec out = spec.withoutPassword();
        return out.hasOtherFields() ? JsonFormatting.tree(out) : ModeledTrunkJson.tree(out);
    }

    /**
     * Protobuf's JsonFormat, in a class of its own: verifying a class that calls it loads protobuf's classes, and
     * writing a plain trunk must not (issue 16).
     */
    static final class JsonFormatting {

        /**
         * Media encryption off is protobuf's default, which JsonFormat leaves out; stated anyway, so a reader of the
         * file (or lk, whose own default may change) sees SRTP is off rather than guessing.
         */
        private static final Set<FieldDescriptor> ALWAYS_SHOWN = Set.of(SIPOutboundTrunkInfo.getDescriptor()
                .findFieldByNumber(SIPOutboundTrunkInfo.MEDIA_ENCRYPTION_FIELD_NUMBER));

        private JsonFormatting() {
        }

        static SIPOutboundTrunkInfo parse(JsonObject trunk) throws TrunkFormatException {
            SIPOutboundTrunkInfo.Builder info = SIPOutboundTrunkInfo.newBuilder();
            try {
                JsonFormat.parser().merge(trunk.toString(), info);
            } catch (InvalidProtocolBufferException | RuntimeException e) {
                throw new TrunkFormatException(Messages.get("file.json.fields",
                        withoutSecrets(firstLine(e.getMessage()))));
            }
            return info.build();
        }

        static String request(TrunkSpec spec) {
            return print(CreateSIPOutboundTrunkRequest.newBuilder().setTrunk(TrunkProto.toProto(spec)).build());
        }

        static JsonObject tree(TrunkSpec spec) {
            return JsonParser.parseString(print(TrunkProto.toProto(spec))).getAsJsonObject();
        }

        @SuppressWarnings("deprecation") // its replacement prints every empty field, the ID and password among them
        private static String print(com.google.protobuf.MessageOrBuilder message) {
            try {
                return JsonFormat.printer().preservingProtoFieldNames().includingDefaultValueFields(ALWAYS_SHOWN)
                        .print(message);
            } catch (InvalidProtocolBufferException e) {
                // Only raised for Any types with unknown URLs, which a trunk does not contain.
                throw new IllegalStateException(e);
            }
        }
    }

    private static void expandShortEnum(JsonObject o, String field, Function<String, Optional<String>> mapping) {
        JsonElement v = o.get(field);
        if (v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            mapping.apply(v.getAsString()).ifPresent(full -> o.add(field, new JsonPrimitive(full)));
        }
    }

    /** JsonFormat quotes the value it could not read; for a password field that value is the password. */
    private static String withoutSecrets(String detail) {
        return SECRET_WORDS.matcher(detail).find() ? Messages.get("file.json.fields.secret") : detail;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
