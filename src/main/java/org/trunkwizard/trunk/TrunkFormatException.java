package org.trunkwizard.trunk;

/** A trunk file could not be read; the message says where and what to change, in plain words. */
public final class TrunkFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TrunkFormatException(String message) {
        super(message);
    }
}
