package org.trunkwizard.livekit.server;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import java.util.List;
import livekit.LivekitSip.SIPHeaderOptions;
import livekit.LivekitSip.SIPMediaEncryption;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPTransport;

/**
 * An outbound trunk with every field set, including one this SDK version does not know (as a newer LiveKit would
 * return, e.g. its {@code media} settings): what a user's trunk may hold that the wizard must never lose.
 */
public final class EveryField {

    /** Field number of the field the 0.13.0 classes do not know. */
    public static final int UNKNOWN_FIELD = 500;
    public static final ByteString UNKNOWN_VALUE = ByteString.copyFromUtf8("codecs:opus,g722");

    /** The lk JSON names an export shows (every known field but the ID, the timestamps and the password). */
    public static final List<String> EXPORTED = List.of("name", "metadata", "address", "destination_country",
            "transport", "numbers", "auth_username", "headers", "headers_to_attributes", "attributes_to_headers",
            "include_headers", "media_encryption", "from_host");

    private EveryField() {
    }

    public static SIPOutboundTrunkInfo trunk(String password) {
        return SIPOutboundTrunkInfo.newBuilder()
                .setName("Acme everything")
                .setMetadata("{\"team\":\"sales\"}")
                .setAddress("sip.telnyx.com:5061")
                .setDestinationCountry("US")
                .setTransport(SIPTransport.SIP_TRANSPORT_TLS)
                .addNumbers("+15551234567").addNumbers("+15551234568")
                .setAuthUsername("livekit-user")
                .setAuthPassword(password)
                .putHeaders("X-Telnyx-Username", "livekit-user")
                .putHeadersToAttributes("X-Carrier-Id", "carrier.id")
                .putAttributesToHeaders("agent.name", "X-Agent")
                .setIncludeHeaders(SIPHeaderOptions.SIP_X_HEADERS)
                .setMediaEncryption(SIPMediaEncryption.SIP_MEDIA_ENCRYPT_REQUIRE)
                .setFromHost("calls.acme.example")
                .setUnknownFields(UnknownFieldSet.newBuilder()
                        .addField(UNKNOWN_FIELD, UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(UNKNOWN_VALUE).build())
                        .build())
                .build();
    }

    /** Whether {@code info} still holds the field this SDK does not know, with its value. */
    public static boolean keepsUnknownField(SIPOutboundTrunkInfo info) {
        UnknownFieldSet.Field f = info.getUnknownFields().getField(UNKNOWN_FIELD);
        return f.getLengthDelimitedList().equals(List.of(UNKNOWN_VALUE));
    }
}
