package org.trunkwizard.secrets;

/** A profile's name, URL, API key or secret is not usable; the message names the field and the fix. */
public final class ProfileInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ProfileInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code name}, {@code livekit_url}, {@code api_key} or {@code api_secret}. */
    public String field() {
        return field;
    }
}
