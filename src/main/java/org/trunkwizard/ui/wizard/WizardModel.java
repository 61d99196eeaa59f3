package org.trunkwizard.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.trunk.MediaEncryption;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.CheckResult;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.TrunkChecks;

/**
 * Everything the user has typed, as properties every page binds to. Values stay as typed; {@link #checks()} gives
 * the rules' verdict and the normalized trunk. Secrets (API secret, trunk password) live only here, in memory.
 */
public final class WizardModel {

    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[,;\\r\\n]+");

    public final StringProperty liveKitUrl = new SimpleStringProperty(this, "livekit_url", "");
    public final StringProperty apiKey = new SimpleStringProperty(this, "api_key", "");
    public final StringProperty apiSecret = new SimpleStringProperty(this, "api_secret", "");
    public final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>(this, "carrier");
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty address = new SimpleStringProperty(this, "address", "");
    public final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(this, "transport", Transport.AUTO);
    public final StringProperty numbersText = new SimpleStringProperty(this, "numbers", "");
    public final StringProperty region = new SimpleStringProperty(this, "region", "US");
    public final ObjectProperty<MediaEncryption> mediaEncryption =
            new SimpleObjectProperty<>(this, "media_encryption", MediaEncryption.DISABLED);
    public final StringProperty username = new SimpleStringProperty(this, "auth_username", "");
    public final StringProperty password = new SimpleStringProperty(this, "auth_password", "");

    public final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.PROJECT);
    /** The furthest page reached: every page before it may be revisited from the side list. */
    final ObjectProperty<Step> reached = new SimpleObjectProperty<>(this, "reached", Step.PROJECT);
    /** What LiveKit said when the last create failed; shown beside its field until the create is retried. */
    final ObjectProperty<Problem> serverProblem = new SimpleObjectProperty<>(this, "serverProblem");
    /** True from a failed create until one succeeds: the footer then offers Retry on every page. */
    public final javafx.beans.property.BooleanProperty createFailed =
            new javafx.beans.property.SimpleBooleanProperty(this, "createFailed");
    public final StringProperty trunkId = new SimpleStringProperty(this, "trunkId", "");
    /** True once the new trunk's password is in the keychain: until then closing the window loses it. */
    public final javafx.beans.property.BooleanProperty passwordSaved =
            new javafx.beans.property.SimpleBooleanProperty(this, "passwordSaved");
    /**
     * Set once the values did not come from typing on the page (a restored draft, a failed create): from then on
     * every error shows at its field at once, as no untouched field is waiting for the user to reach it.
     */
    final javafx.beans.property.BooleanProperty revealErrors =
            new javafx.beans.property.SimpleBooleanProperty(this, "revealErrors");

    private final ObjectBinding<CheckResult> checks;

    WizardModel() {
        String country = java.util.Locale.getDefault().getCountry();
        if (country.length() == 2) {
            region.set(country);
        }
        checks = Bindings.createObjectBinding(() -> TrunkChecks.check(spec(), options()), trunkProperties());
    }

    /** Every property that is part of the trunk or changes how it is checked. */
    Observable[] trunkProperties() {
        return new Observable[] {carrier, name, address, transport, numbersText, region, mediaEncryption, username,
            password, headers};
    }

    /** Every property the draft keeps (never the secrets). */
    Observable[] draftProperties() {
        return new Observable[] {liveKitUrl, apiKey, carrier, name, address, transport, numbersText, region,
            mediaEncryption, username, liveKitSipUri, step};
    }

    /** The trunk as typed, numbers split the way the user separated them. */
    TrunkSpec spec() {
        return TrunkSpec.builder()
                .name(name.get())
                .address(address.get())
                .transport(transport.get())
                .numbers(numberEntries())
                .mediaEncryption(mediaEncryption.get())
                .authUsername(username.get())
                .authPassword(password.get())
                .headers(headers.get())
                .build();
    }

    List<String> numberEntries() {
        return NUMBER_SEPARATORS.splitAsStream(numbersText.get()).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    CheckOptions options() {
        return new CheckOptions(region.get(), Optional.ofNullable(carrier.get()));
    }

    /** Lazily recomputed when a trunk property changes: nothing runs until a page asks. */
    ObjectBinding<CheckResult> checks() {
        return checks;
    }

    void copyTrunkFrom(TrunkSpec spec) {
        name.set(spec.name());
        address.set(spec.address());
        transport.set(spec.transport());
        numbersText.set(String.join(", ", spec.numbers()));
        mediaEncryption.set(spec.mediaEncryption());
        username.set(spec.authUsername());
    }

    // --- keychain (issue 4)
    /** What the start-up keychain probe found; null while it runs. */
    public final ObjectProperty<org.trunkwizard.secrets.KeychainStatus> keychain = new SimpleObjectProperty<>(this, "keychain");
    /** "Remember in the system keychain": secrets are saved once the action they belong to has succeeded. */
    public final javafx.beans.property.BooleanProperty remember =
            new javafx.beans.property.SimpleBooleanProperty(this, "remember");
    /** One line about the last keychain save (saved, or why not); empty before any. */
    public final StringProperty keychainNote = new SimpleStringProperty(this, "keychainNote", "");

    // --- carriers: headers the carrier needs, the project's SIP URI, and what the Done page's actions returned.

    /** SIP headers sent with each call; the Telnyx one follows the username (see {@link #syncCarrierHeaders}). */
    public final ObjectProperty<java.util.Map<String, String>> headers =
            new SimpleObjectProperty<>(this, "headers", java.util.Map.of());
    /** The project's LiveKit SIP URI as typed: where the carrier sends incoming calls, never the trunk address. */
    public final StringProperty liveKitSipUri = new SimpleStringProperty(this, "livekit_sip_uri", "");
    /** The {@code SDR_} ID of the dispatch rule made (or found) from the Done page. */
    public final StringProperty dispatchRuleId = new SimpleStringProperty(this, "dispatchRuleId", "");

    {
        // Registered before anything else listens, so a check after a username edit already sees the new header.
        username.addListener(o -> syncCarrierHeaders());
        carrier.addListener(o -> syncCarrierHeaders());
    }

    /** Telnyx wants X-Telnyx-Username equal to the auth username; other carriers must not get it. */
    void syncCarrierHeaders() {
        TrunkSpec typed = spec();
        TrunkSpec synced = carrier.get() == Carrier.TELNYX
                ? org.trunkwizard.carriers.TelnyxHeader.sync(typed)
                : org.trunkwizard.carriers.TelnyxHeader.remove(typed);
        headers.set(synced.headers());
    }
}
