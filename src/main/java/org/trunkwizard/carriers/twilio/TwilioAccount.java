package org.trunkwizard.carriers.twilio;

import java.util.Map;
import java.util.Optional;

/**
 * Who the client signs in as: the Account SID always names the account in paths; Basic auth uses either the
 * Account SID with its Auth Token or an API key SID with its secret (the conventions of Twilio's own CLI).
 */
public record TwilioAccount(String accountSid, String user, String secret) {

    public static final String ACCOUNT_SID_ENV = "TWILIO_ACCOUNT_SID";
    public static final String AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN";
    public static final String API_KEY_ENV = "TWILIO_API_KEY";
    public static final String API_SECRET_ENV = "TWILIO_API_SECRET";

    /** From the environment; empty when the Account SID or a matching secret is missing. */
    public static Optional<TwilioAccount> fromEnv(Map<String, String> env) {
        String sid = value(env, ACCOUNT_SID_ENV);
        if (sid == null) {
            return Optional.empty();
        }
        String key = value(env, API_KEY_ENV);
        String keySecret = value(env, API_SECRET_ENV);
        if (key != null && keySecret != null) {
            return Optional.of(new TwilioAccount(sid, key, keySecret));
        }
        String token = value(env, AUTH_TOKEN_ENV);
        return token == null ? Optional.empty() : Optional.of(new TwilioAccount(sid, sid, token));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Records print themselves whole; this one must never show its secret in a log or an exception. */
    @Override
    public String toString() {
        return "TwilioAccount[" + accountSid + "]";
    }
}
