package org.trunkwizard.secrets;

/** One of our own config files could not be read or written; the message names the file and the fix. */
public final class ConfigFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigFileException(String message) {
        super(message);
    }
}
