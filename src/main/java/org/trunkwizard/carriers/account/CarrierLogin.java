package org.trunkwizard.carriers.account;

import org.trunkwizard.carriers.setup.Carrier;

/**
 * What an admin typed to reach a carrier account. Held in memory only (the window keeps it for the session); the
 * records print without their secret, so a log or an exception message never carries it.
 */
public sealed interface CarrierLogin {

    Carrier carrier();

    /** The Auth Token, API key secret or API key: what the keychain keeps. */
    String secret();

    /**
     * Twilio: {@code user} is the Account SID (with its Auth Token) or an API key SID (with its secret); the
     * Account SID always names the account.
     */
    record Twilio(String accountSid, String user, String secret) implements CarrierLogin {
        @Override
        public Carrier carrier() {
            return Carrier.TWILIO;
        }

        @Override
        public String toString() {
            return "Twilio[" + accountSid + "]";
        }
    }

    record Telnyx(String apiKey) implements CarrierLogin {
        @Override
        public Carrier carrier() {
            return Carrier.TELNYX;
        }

        @Override
        public String secret() {
            return apiKey;
        }

        @Override
        public String toString() {
            return "Telnyx[key]";
        }
    }
}
