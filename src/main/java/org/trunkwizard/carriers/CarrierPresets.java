package org.trunkwizard.carriers;

import java.util.Arrays;
import java.util.Set;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * Sensible starting values per carrier. Transport Auto and SRTP off everywhere: the guide's "disabled for testing",
 * and Twilio and Telnyx only encrypt media over TLS, which is a later, deliberate change (the hint says how).
 */
public final class CarrierPresets {

    private static final Set<String> TRUNK_FIELDS = Set.of("name", "address", "transport", "numbers",
            "media_encryption", "auth_username", "auth_password", "destination_country");
    /** Other providers may want custom headers; Telnyx's one header is managed by {@link TelnyxHeader}. */
    private static final Set<String> TRUNK_FIELDS_AND_HEADERS = Set.of("name", "address", "transport", "numbers",
            "media_encryption", "auth_username", "auth_password", "destination_country", "headers");

    private static final String NAME_KEY = "carriers.name.";
    private static final String HINT_KEY = "carriers.preset.hint.";

    private CarrierPresets() {
    }

    public static CarrierPreset of(Carrier carrier) {
        String display = displayName(carrier);
        String suggested = Messages.get("carriers.preset.name", display);
        String hint = Messages.get(HINT_KEY + carrier.name());
        return switch (carrier) {
            case TWILIO -> new CarrierPreset(carrier, display, suggested, "", Transport.AUTO,
                    MediaEncryption.DISABLED, TRUNK_FIELDS, hint, true);
            case TELNYX -> new CarrierPreset(carrier, display, suggested, TelnyxRegion.defaultRegion().host(),
                    Transport.AUTO, MediaEncryption.DISABLED, TRUNK_FIELDS, hint, true);
            case LIVEKIT -> new CarrierPreset(carrier, display, suggested, "", Transport.AUTO,
                    MediaEncryption.DISABLED, Set.of(), hint, false);
            case OTHER -> new CarrierPreset(carrier, display, suggested, "", Transport.AUTO,
                    MediaEncryption.DISABLED, TRUNK_FIELDS_AND_HEADERS, hint, true);
        };
    }

    public static String displayName(Carrier carrier) {
        return Messages.get(NAME_KEY + carrier.name());
    }

    /**
     * The draft after choosing {@code carrier}: an empty name (or another carrier's suggestion) becomes this
     * carrier's suggestion, an empty address gets the default, and the Telnyx header is added or, for any other
     * carrier, removed. What the user typed is otherwise kept, so switching carriers back and forth loses nothing.
     */
    public static TrunkSpec apply(Carrier carrier, TrunkSpec draft) {
        TrunkSpec.Builder b = draft.toBuilder();
        if (isSomeSuggestedName(draft.name().strip())) {
            b.name("");
        }
        if (carrier != Carrier.TELNYX
                && draft.address().strip().equalsIgnoreCase(of(Carrier.TELNYX).defaultAddress())) {
            // Telnyx's default filled in by an earlier choice is not this carrier's address.
            b.address("");
        }
        TrunkSpec next = fillIn(carrier, b.build());
        return carrier == Carrier.TELNYX ? TelnyxHeader.sync(next) : TelnyxHeader.remove(next);
    }

    /**
     * A trunk written by hand (a file given to the CLI with {@code --carrier}): empty name and address get this
     * carrier's suggestion and default, and for Telnyx the header follows the username (when there is one). Unlike
     * {@link #apply} nothing the file says is taken back: no earlier choice in a form put it there.
     */
    public static TrunkSpec fillIn(Carrier carrier, TrunkSpec given) {
        CarrierPreset preset = of(carrier);
        TrunkSpec.Builder b = given.toBuilder();
        if (given.name().isBlank()) {
            b.name(preset.suggestedName());
        }
        if (given.address().isBlank() && !preset.defaultAddress().isEmpty()) {
            b.address(preset.defaultAddress());
        }
        TrunkSpec filled = b.build();
        return carrier == Carrier.TELNYX && !filled.authUsername().isBlank() ? TelnyxHeader.sync(filled) : filled;
    }

    private static boolean isSomeSuggestedName(String name) {
        return Arrays.stream(Carrier.values()).anyMatch(c -> of(c).suggestedName().equals(name));
    }
}
