package org.trunkwizard.validation;

/** What the wizard makes of one typed phone number. */
public enum NumberStatus {
    /** A valid, assigned number: it will be sent as shown. */
    VALID,
    /** Could be a number, but no operator assigns it (the guide's +1 555 numbers): sent, with a warning. */
    NOT_ASSIGNED,
    /** Written with letters (1-800-FLOWERS): sent as the keypad digits, with a warning that shows them. */
    SPELLED,
    /** The same number again after normalization: dropped, with a warning. */
    DUPLICATE,
    /** Not a phone number at all: an error. */
    INVALID
}
