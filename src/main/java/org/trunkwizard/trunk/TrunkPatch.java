package org.trunkwizard.trunk;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Set;
import java.util.TreeSet;
import livekit.LivekitModels.ListUpdate;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkUpdate;

/**
 * The fields an update states and their new values; every other field of the trunk stays as LiveKit has it.
 *
 * @param fields lk JSON (proto) names of the stated fields, e.g. {@code numbers}, {@code headers_to_attributes}
 * @param values the new values; only {@code fields} of it are read
 */
public record TrunkPatch(Set<String> fields, TrunkSpec values) {

    private static final Descriptor TRUNK = SIPOutboundTrunkInfo.getDescriptor();

    /** What LiveKit's SIPOutboundTrunkUpdate changes; any other field needs a replace built from the stored trunk. */
    private static final Set<String> PARTIAL_UPDATE_FIELDS = Set.of("address", "transport", "destination_country",
            "numbers", "auth_username", "auth_password", "name", "metadata", "media_encryption");

    public TrunkPatch {
        for (String field : fields) {
            if (TRUNK.findFieldByName(field) == null) {
                throw new IllegalArgumentException("not a field of an outbound trunk: " + field);
            }
        }
        fields = java.util.Collections.unmodifiableSet(new TreeSet<>(fields));
    }

    /** A new password, and nothing else. */
    public static TrunkPatch password(String password) {
        return new TrunkPatch(Set.of("auth_password"), TrunkSpec.builder().authPassword(password).build());
    }

    /** The fields whose values differ between {@code a} and {@code b}. */
    public static Set<String> differing(TrunkSpec a, TrunkSpec b) {
        SIPOutboundTrunkInfo x = TrunkProto.toProto(a);
        SIPOutboundTrunkInfo y = TrunkProto.toProto(b);
        Set<String> out = new TreeSet<>();
        for (FieldDescriptor f : TRUNK.getFields()) {
            if (!x.getField(f).equals(y.getField(f))) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /**
     * {@code file} as a whole-trunk replacement of {@code stored}, plus what a file cannot say: the password an
     * export leaves out (when the file has none) and the fields this version cannot read. So an export fed back
     * replaces a trunk with itself.
     */
    public static TrunkSpec replacement(TrunkSpec file, TrunkSpec stored) {
        return file.toBuilder()
                .authPassword(file.hasPassword() ? file.authPassword() : stored.authPassword())
                .otherFields(file.otherFields().toBuilder()
                        .setUnknownFields(stored.otherFields().getUnknownFields()).build())
                .build();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Whether LiveKit's own partial update can make this change (so the stored trunk need not be read first). */
    public boolean partialUpdateCovers() {
        return PARTIAL_UPDATE_FIELDS.containsAll(fields);
    }

    /** Whether a problem reported for {@code problemField} ({@code numbers[2]}, {@code headers}) is about this patch. */
    public boolean states(String problemField) {
        int bracket = problemField.indexOf('[');
        return fields.contains(bracket < 0 ? problemField : problemField.substring(0, bracket));
    }

    /** LiveKit's update action; only valid when {@link #partialUpdateCovers()}. */
    public SIPOutboundTrunkUpdate toUpdate() {
        SIPOutboundTrunkUpdate.Builder u = SIPOutboundTrunkUpdate.newBuilder();
        for (String field : fields) {
            switch (field) {
                case "address" -> u.setAddress(values.address());
                case "transport" -> u.setTransportValue(values.transport().wireNumber());
                case "destination_country" -> u.setDestinationCountry(values.destinationCountry());
                case "numbers" -> u.setNumbers(ListUpdate.newBuilder().addAllSet(values.numbers()));
                case "auth_username" -> u.setAuthUsername(values.authUsername());
                case "auth_password" -> u.setAuthPassword(values.authPassword());
                case "name" -> u.setName(values.name());
                case "metadata" -> u.setMetadata(values.metadata());
                case "media_encryption" -> u.setMediaEncryptionValue(values.mediaEncryption().wireNumber());
                default -> throw new IllegalStateException("the partial update has no " + field);
            }
        }
        return u.build();
    }

    /** {@code stored} with the stated fields replaced; the rest, unknown fields included, as it was. */
    public SIPOutboundTrunkInfo applyTo(SIPOutboundTrunkInfo stored) {
        SIPOutboundTrunkInfo source = TrunkProto.toProto(values);
        SIPOutboundTrunkInfo.Builder b = stored.toBuilder();
        for (String field : fields) {
            FieldDescriptor f = TRUNK.findFieldByName(field);
            b.clearField(f);
            boolean set = f.isRepeated() ? source.getRepeatedFieldCount(f) > 0 : source.hasField(f);
            if (set) {
                b.setField(f, source.getField(f));
            }
        }
        return b.build();
    }

    public TrunkSpec applyTo(TrunkSpec stored) {
        return TrunkProto.fromProto(applyTo(TrunkProto.toProto(stored)));
    }
}
