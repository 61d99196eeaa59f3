package org.trunkwizard.trunk;

import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPTransport;

/**
 * Converts between a {@link TrunkSpec} and LiveKit's generated SIPOutboundTrunkInfo (the wire and lk JSON shape),
 * losslessly: what the spec does not model rides along in {@link TrunkSpec#otherFields()}.
 */
public final class TrunkProto {

    private TrunkProto() {
    }

    public static SIPOutboundTrunkInfo toProto(TrunkSpec spec) {
        return spec.otherFields().toBuilder()
                .setName(spec.name())
                .setAddress(spec.address())
                .setTransport(SIPTransport.forNumber(spec.transport().wireNumber()))
                .addAllNumbers(spec.numbers())
                .setMediaEncryption(SIPMediaEncryption.forNumber(spec.mediaEncryption().wireNumber()))
                .setAuthUsername(spec.authUsername())
                .setAuthPassword(spec.authPassword())
                .setDestinationCountry(spec.destinationCountry())
                .putAllHeaders(spec.headers())
                .setMetadata(spec.metadata())
                .build();
    }

    public static TrunkSpec fromProto(SIPOutboundTrunkInfo info) {
        return TrunkSpec.builder()
                .name(info.getName())
                .address(info.getAddress())
                .transport(enumAt(Transport.values(), info.getTransportValue(), Transport.AUTO))
                .numbers(info.getNumbersList())
                .mediaEncryption(enumAt(MediaEncryption.values(), info.getMediaEncryptionValue(),
                        MediaEncryption.DISABLED))
                .authUsername(info.getAuthUsername())
                .authPassword(info.getAuthPassword())
                .destinationCountry(info.getDestinationCountry())
                .headers(info.getHeadersMap())
                .metadata(info.getMetadata())
                .otherFields(info)
                .build();
    }

    /**
     * {@code info} without the fields {@link TrunkSpec} models, its ID and the server's timestamps: the rest of a
     * trunk, unknown fields included.
     */
    static SIPOutboundTrunkInfo others(SIPOutboundTrunkInfo info) {
        return info.toBuilder()
                .clearSipTrunkId().clearCreatedAt().clearUpdatedAt()
                .clearName().clearAddress().clearTransport().clearNumbers().clearMediaEncryption()
                .clearAuthUsername().clearAuthPassword().clearDestinationCountry().clearHeaders().clearMetadata()
                .build();
    }

    /** {@link #others}, or null when nothing is left: the form {@link TrunkSpec} holds. */
    static SIPOutboundTrunkInfo othersOrNull(SIPOutboundTrunkInfo info) {
        SIPOutboundTrunkInfo others = others(info);
        return others.equals(SIPOutboundTrunkInfo.getDefaultInstance()) ? null : others;
    }

    private static <E> E enumAt(E[] values, int number, E fallback) {
        return number >= 0 && number < values.length ? values[number] : fallback;
    }
}
