package org.trunkwizard.trunk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import livekit.LivekitSip.SIPOutboundTrunkInfo;

/**
 * One outbound trunk: the fields of LiveKit's SIPOutboundTrunkInfo the wizard checks and edits, plus
 * {@link #otherFields()}, which carries everything else the trunk holds (from_host, headers_to_attributes, ...,
 * and fields newer than this SDK), so that nothing a user set elsewhere is lost on its way back to LiveKit.
 * Immutable. Values are kept as typed (the draft); {@code validation.TrunkChecks} produces the normalized copy.
 * The password never appears in {@link #toString()}.
 *
 * @param otherFields the trunk's remaining fields as LiveKit's own message, whose unknown fields protobuf keeps;
 *                    the fields above, the ID and the timestamps are always clear in it ({@link TrunkProto}).
 *                    Held as null when there are none, so that a spec read from text or typed in the window never
 *                    initializes protobuf and LiveKit's descriptors (most of {@code validate}'s start-up time);
 *                    {@link #otherFields()} then gives the empty message.
 */
public record TrunkSpec(
        String name,
        String address,
        Transport transport,
        List<String> numbers,
        MediaEncryption mediaEncryption,
        String authUsername,
        String authPassword,
        String destinationCountry,
        Map<String, String> headers,
        String metadata,
        SIPOutboundTrunkInfo otherFields) {

    public static final TrunkSpec EMPTY = new Builder().build();

    public TrunkSpec {
        name = nullToEmpty(name);
        address = nullToEmpty(address);
        transport = transport == null ? Transport.AUTO : transport;
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        mediaEncryption = mediaEncryption == null ? MediaEncryption.DISABLED : mediaEncryption;
        authUsername = nullToEmpty(authUsername);
        authPassword = nullToEmpty(authPassword);
        destinationCountry = nullToEmpty(destinationCountry);
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        metadata = nullToEmpty(metadata);
        otherFields = otherFields == null ? null : TrunkProto.othersOrNull(otherFields);
    }

    /** The trunk's remaining fields; the empty message when there are none. */
    @Override
    public SIPOutboundTrunkInfo otherFields() {
        return otherFields == null ? SIPOutboundTrunkInfo.getDefaultInstance() : otherFields;
    }

    /** A trunk with no fields besides the ones the wizard edits. */
    public TrunkSpec(String name, String address, Transport transport, List<String> numbers,
                     MediaEncryption mediaEncryption, String authUsername, String authPassword,
                     String destinationCountry, Map<String, String> headers, String metadata) {
        this(name, address, transport, numbers, mediaEncryption, authUsername, authPassword, destinationCountry,
                headers, metadata, null);
    }

    /** Whether the trunk holds fields besides the ones the wizard edits. */
    public boolean hasOtherFields() {
        return otherFields != null;
    }

    public boolean hasPassword() {
        return !authPassword.isEmpty();
    }

    public TrunkSpec withoutPassword() {
        return toBuilder().authPassword("").build();
    }

    public Builder toBuilder() {
        return new Builder()
                .name(name).address(address).transport(transport).numbers(numbers)
                .mediaEncryption(mediaEncryption).authUsername(authUsername).authPassword(authPassword)
                .destinationCountry(destinationCountry).headers(headers).metadata(metadata).otherFields(otherFields);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "TrunkSpec[name=" + name + ", address=" + address + ", transport=" + transport
                + ", numbers=" + numbers + ", mediaEncryption=" + mediaEncryption
                + ", authUsername=" + authUsername + ", authPassword=" + (hasPassword() ? "****" : "")
                + ", destinationCountry=" + destinationCountry + ", headers=" + headers
                + ", metadata=" + metadata + (hasOtherFields() ? ", otherFields=" + otherFields.getAllFields().keySet()
                .stream().map(f -> f.getName()).toList() : "") + "]";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Mutable helper for building a spec field by field. */
    public static final class Builder {
        private String name;
        private String address;
        private Transport transport;
        private List<String> numbers;
        private MediaEncryption mediaEncryption;
        private String authUsername;
        private String authPassword;
        private String destinationCountry;
        private Map<String, String> headers;
        private String metadata;
        private SIPOutboundTrunkInfo otherFields;

        public Builder name(String v) { name = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder transport(Transport v) { transport = v; return this; }
        public Builder numbers(List<String> v) { numbers = v; return this; }
        public Builder mediaEncryption(MediaEncryption v) { mediaEncryption = v; return this; }
        public Builder authUsername(String v) { authUsername = v; return this; }
        public Builder authPassword(String v) { authPassword = v; return this; }
        public Builder destinationCountry(String v) { destinationCountry = v; return this; }
        public Builder headers(Map<String, String> v) { headers = v; return this; }
        public Builder metadata(String v) { metadata = v; return this; }
        public Builder otherFields(SIPOutboundTrunkInfo v) { otherFields = v; return this; }

        public Builder header(String key, String value) {
            Map<String, String> copy = headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers);
            copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            headers = copy;
            return this;
        }

        public TrunkSpec build() {
            return new TrunkSpec(name, address, transport, numbers, mediaEncryption, authUsername, authPassword,
                    destinationCountry, headers, metadata, otherFields);
        }
    }
}
