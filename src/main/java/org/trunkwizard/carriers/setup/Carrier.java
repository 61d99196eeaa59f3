package org.trunkwizard.carriers.setup;

/** The carriers whose side Trunk Wizard sets up through their API; {@code id} is the CLI word. */
public enum Carrier {
    TWILIO("twilio", "Twilio"),
    TELNYX("telnyx", "Telnyx");

    private final String id;
    private final String displayName;

    Carrier(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    /** A brand name, the same in every language. */
    public String displayName() {
        return displayName;
    }
}
