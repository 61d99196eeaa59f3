package org.trunkwizard.validation;

import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.trunk.Carrier;

/**
 * What the rules need besides the trunk itself.
 *
 * @param defaultRegion ISO 3166 two-letter region used for numbers typed without a leading + (e.g. "US")
 * @param carrier       the chosen carrier, if any, whose own rules then apply too
 */
public record CheckOptions(String defaultRegion, Optional<Carrier> carrier) {

    public CheckOptions {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank()
                ? "US" : defaultRegion.trim().toUpperCase(Locale.ROOT);
        carrier = carrier == null ? Optional.empty() : carrier;
    }

    /** The region of the OS locale (falls back to US when the locale has none), no carrier. */
    public static CheckOptions fromLocale() {
        return new CheckOptions(Locale.getDefault().getCountry(), Optional.empty());
    }

    public CheckOptions withCarrier(Carrier c) {
        return new CheckOptions(defaultRegion, Optional.ofNullable(c));
    }

    public CheckOptions withRegion(String region) {
        return new CheckOptions(region, carrier);
    }
}
