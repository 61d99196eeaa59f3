package org.trunkwizard.carriers.setup;

/**
 * A number the carrier account owns and what uses it now: {@code usedBy} is the trunk, app or connection ID (or a
 * voice URL), empty when {@code use} is {@link Use#FREE}.
 */
public record OwnedNumber(String id, String phoneNumber, Use use, String usedBy) {

    public enum Use {
        FREE, TRUNK, APP, CONNECTION, URL
    }
}
