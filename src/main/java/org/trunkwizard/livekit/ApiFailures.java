package org.trunkwizard.livekit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * Turns whatever went wrong on the way to LiveKit into an {@link ApiException} a user can act on: the field to fix,
 * the guide's words where they fit, never a stack trace and never a secret (server text is scrubbed of them).
 */
final class ApiFailures {

    /** Server text is shown, but only this much of it: a proxy's HTML page is not a message. */
    private static final int MAX_SERVER_TEXT = 200;

    private final String host;
    private final List<String> secrets = new ArrayList<>();

    ApiFailures(String baseUrl, String apiSecret) {
        this.host = baseUrl;
        addSecret(apiSecret);
    }

    /** A value that must never be echoed, e.g. the trunk password being sent. */
    void addSecret(String secret) {
        if (secret != null && secret.length() >= 3) {
            secrets.add(secret);
        }
    }

    /** What the call was, so the same HTTP answer can be explained differently for a trunk call and a test call. */
    enum Operation { TRUNK, DISPATCH_RULE, CALL }

    ApiException fromNetwork(IOException e, Duration connectTimeout, Duration readTimeout) {
        if (e instanceof ReplySizeLimit.TooLarge) {
            return tooLarge(e);
        }
        if (e instanceof UnknownHostException) {
            return failure("livekit_url", true, "livekit.failure.unknownHost", "livekit.failure.unknownHost.hint", e,
                    host);
        }
        if (e instanceof SSLPeerUnverifiedException
                || e instanceof SSLHandshakeException && hasCause(e, CertificateException.class)) {
            return failure("livekit_url", false, "livekit.failure.tls", "livekit.failure.tls.hint", e, host);
        }
        if (e instanceof SSLException) {
            return failure("livekit_url", false, "livekit.failure.tlsBroken", "livekit.failure.tlsBroken.hint", e,
                    host);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return failure("livekit_url", true, "livekit.failure.refused", "livekit.failure.refused.hint", e, host);
        }
        if (e instanceof InterruptedIOException) {
            String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("connect")) {
                return failure("livekit_url", true, "livekit.failure.connectTimeout",
                        "livekit.failure.connectTimeout.hint", e, host, connectTimeout.toSeconds());
            }
            return failure("livekit_url", true, "livekit.failure.readTimeout", "livekit.failure.readTimeout.hint", e,
                    host, readTimeout.toSeconds());
        }
        return failure("livekit_url", true, "livekit.failure.dropped", "livekit.failure.dropped.hint", e, host);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Another dispatch rule already takes this trunk's calls: LiveKit would refuse a second. */
    ApiException ruleConflict(String ruleId, String ruleName) {
        return failure("sip_trunk_id", false, "livekit.failure.ruleConflict", "livekit.failure.ruleConflict.hint",
                null, ruleId, ruleName);
    }

    /** An outbound trunk named for a dispatch rule: LiveKit matches rules only against incoming calls. */
    ApiException outboundTrunkForRule(String trunkId) {
        return failure("sip_trunk_id", false, "livekit.failure.outboundTrunkForRule",
                "livekit.failure.outboundTrunkForRule.hint", null, trunkId);
    }

    /** An inbound trunk where the outbound trunk to copy belongs. */
    ApiException alreadyInbound(String trunkId) {
        return failure("sip_trunk_id", false, "livekit.failure.alreadyInbound", "livekit.failure.alreadyInbound.hint",
                null, trunkId);
    }

    /** The project has no trunk with this ID (found by listing, before LiveKit is asked to change it). */
    ApiException noSuchTrunk(String trunkId) {
        return failure("sip_trunk_id", false, "livekit.failure.notFound", "livekit.failure.notFound.hint", null,
                trunkId);
    }

    /** More than {@link ReplySizeLimit} lets through: a broken proxy or a hostile server, never LiveKit's list. */
    ApiException tooLarge(Throwable cause) {
        return failure("livekit_url", true, "livekit.failure.tooLarge", "livekit.failure.tooLarge.hint", cause,
                host, ReplySizeLimit.MAX_BYTES / (1024 * 1024));
    }

    /**
     * A create answered 200 without the trunk that was sent (no ID, or another name or address): whether a trunk
     * was made is unknown, so the next create lists before it creates.
     */
    ApiException unexpectedCreateReply() {
        return failure("livekit_url", true, "livekit.failure.unexpectedReply", "livekit.failure.unexpectedReply.hint",
                null, host);
    }

    /** Stopped by the user (a thread interrupt): the HTTP call was cancelled. */
    ApiException cancelled() {
        return failure("livekit_url", true, "livekit.failure.cancelled", "livekit.failure.cancelled.hint", null);
    }

    /** The config folder cannot hold the lock that makes creates take turns: refuse rather than risk two trunks. */
    ApiException noTurn(java.nio.file.Path folder) {
        return failure("config", false, "livekit.failure.noTurn", "livekit.failure.noTurn.hint", null, folder);
    }

    /** A 2xx whose body is not the message it should be. */
    ApiException garbage(Throwable cause) {
        return failure("livekit_url", true, "livekit.failure.garbage", "livekit.failure.garbage.hint", cause, host);
    }

    /** @param retryAfter the reply's {@code Retry-After} header, or null */
    ApiException fromResponse(int status, String contentType, String body, Operation operation, String retryAfter) {
        Optional<TwirpError> twirp = TwirpError.parse(contentType, body);
        if (twirp.isEmpty() && status == 429) {
            return rateLimited(retryAfter);
        }
        if (twirp.isEmpty()) {
            return fromPlainResponse(status, body);
        }
        TwirpError error = twirp.get();
        if (operation != Operation.CALL) {
            return fromTwirp(status, error, operation);
        }
        // A test call: report the facts; what a SIP status means for the user's carrier is carriers' CallOutcomes.
        String msg = scrub(error.msg());
        String reason = scrub(error.meta("sip_status").orElse(""));
        int sipStatus = error.meta("sip_status_code").filter(c -> c.strip().matches("\\d{3}"))
                .map(c -> Integer.parseInt(c.strip())).orElse(0);
        ApiException generic = sipStatus > 0
                ? failure("sip_call_to", false, "livekit.failure.sip", "livekit.failure.sip.hint", null, sipStatus,
                        reason)
                : fromTwirp(status, error, operation);
        return generic.withCallFailure(new CallFailure(error.code(), msg, sipStatus, reason));
    }

    private ApiException fromTwirp(int status, TwirpError error, Operation operation) {
        String msg = scrub(error.msg());
        String lower = msg.toLowerCase(Locale.ROOT);
        if (operation == Operation.DISPATCH_RULE && (lower.contains("conflicting sip dispatch")
                || lower.contains("already exists in dispatch rule"))) {
            // Today invalid_argument "... already exists in dispatch rule" (livekit/protocol sip/sip.go
            // DispatchRuleValidator.Validate); older servers said "Conflicting SIP Dispatch Rules", some as "internal":
            // not a server failure, and not worth a retry.
            return failure("sip_trunk_id", false, "livekit.failure.ruleConflictServer",
                    "livekit.failure.ruleConflict.hint", null, msg);
        }
        if (operation == Operation.TRUNK && lower.contains("conflicting inbound sip trunks")) {
            // sip/sip.go validateTrunkInbound: one inbound trunk per number (unless allowed caller numbers differ).
            return failure("numbers", false, "livekit.failure.inboundConflict", "livekit.failure.inboundConflict.hint",
                    null, msg);
        }
        switch (error.code()) {
            case "unauthenticated", "permission_denied":
                return operation == Operation.CALL
                        ? failure("api_key", false, "livekit.failure.noCallGrant", "livekit.failure.noCallGrant.hint",
                                null)
                        : failure("api_key", false, "livekit.failure.noSipGrant", "livekit.failure.noSipGrant.hint",
                                null);
            case "invalid_argument", "malformed", "out_of_range":
                return invalidArgument(msg, operation);
            case "not_found":
                return failure("sip_trunk_id", false, "livekit.failure.notFound", "livekit.failure.notFound.hint",
                        null, msg);
            case "already_exists", "aborted", "failed_precondition":
                return failure("name", false, "livekit.failure.conflict", "livekit.failure.conflict.hint", null, msg);
            case "resource_exhausted":
                return failure("api_key", true, "livekit.failure.quota", "livekit.failure.quota.hint", null, msg);
            case "unavailable":
                return failure("livekit_url", true, "livekit.failure.unavailable", "livekit.failure.retry.hint", null,
                        msg);
            case "deadline_exceeded", "canceled":
                return failure("livekit_url", true, "livekit.failure.serverTimeout", "livekit.failure.retry.hint",
                        null, msg);
            case "unimplemented", "bad_route":
                return failure("livekit_url", false, "livekit.failure.notLiveKit", "livekit.failure.notLiveKit.hint",
                        null, host, status);
            default:
                if (status >= 500) {
                    return failure("livekit_url", true, "livekit.failure.server", "livekit.failure.retry.hint", null,
                            status, msg);
                }
                return failure("livekit_url", false, "livekit.failure.other", "", null, error.code(), msg);
        }
    }

    private ApiException invalidArgument(String msg, Operation operation) {
        String field = fieldNamedIn(msg);
        String hintKey = switch (field) {
            case "address" -> "livekit.failure.invalid.address.hint";
            case "numbers" -> "livekit.failure.invalid.numbers.hint";
            case "headers" -> "livekit.failure.invalid.headers.hint";
            default -> "livekit.failure.invalid.hint";
        };
        // Only a trunk request is "the trunk"; a dispatch rule or a call was refused for its own fields.
        String messageKey = operation == Operation.TRUNK ? "livekit.failure.invalid" : "livekit.failure.invalidRequest";
        return failure(field, false, messageKey, hintKey, null, msg);
    }

    /**
     * A 429 from something in front of LiveKit (a proxy, a load balancer): rate limiting, worth a retry later. The
     * wait it asks for is passed on in seconds, or as the date it names.
     */
    private ApiException rateLimited(String retryAfter) {
        String wait = retryAfter == null ? "" : scrub(retryAfter);
        if (wait.isEmpty()) {
            return failure("livekit_url", true, "livekit.failure.rateLimited", "livekit.failure.rateLimited.hint",
                    null, host);
        }
        String key = wait.matches("\\d{1,9}") ? "livekit.failure.rateLimited.seconds"
                : "livekit.failure.rateLimited.until";
        return failure("livekit_url", true, key, "livekit.failure.rateLimited.hint", null, host, wait);
    }

    private ApiException fromPlainResponse(int status, String body) {
        String text = scrub(body);
        String lower = text.toLowerCase(Locale.ROOT);
        if (status == 401) {
            if (lower.contains("api key")) {
                return failure("api_key", false, "livekit.failure.badKey", "livekit.failure.badKey.hint", null);
            }
            if (lower.contains("expired") || lower.contains("not valid yet") || lower.contains("before")
                    || lower.contains("issued")) {
                return failure("clock", false, "livekit.failure.clock", "livekit.failure.clock.hint", null);
            }
            return failure("api_secret", false, "livekit.failure.badSecret", "livekit.failure.badSecret.hint", null);
        }
        if (status == 503) {
            return failure("livekit_url", true, "livekit.failure.unavailable", "livekit.failure.retry.hint", null,
                    text);
        }
        if (status >= 500) {
            return failure("livekit_url", true, "livekit.failure.server", "livekit.failure.retry.hint", null, status,
                    text);
        }
        if (status == 403) {
            return failure("api_key", false, "livekit.failure.noSipGrant", "livekit.failure.noSipGrant.hint", null);
        }
        return failure("livekit_url", false, "livekit.failure.notLiveKit", "livekit.failure.notLiveKit.hint", null,
                host, status);
    }

    /** Words in LiveKit's message, and the field they name. */
    private record FieldWords(String field, List<String> words) {
    }

    /**
     * In order: LiveKit's "SipCallTo should be a phone number or SIP user, not a full SIP URI" and "missing sip callee
     * number" are about the number called, not the address or the trunk's numbers.
     */
    private static final List<FieldWords> FIELD_WORDS = List.of(
            new FieldWords("sip_call_to", List.of("sipcallto", "callee", "call to", "call_to")),
            new FieldWords("address", List.of("address", "sip uri")),
            new FieldWords("numbers", List.of("number")),
            new FieldWords("headers", List.of("header")),
            new FieldWords("sip_trunk_id", List.of("trunk id")),
            new FieldWords("transport", List.of("transport")),
            new FieldWords("room_name", List.of("room")),
            new FieldWords("name", List.of("name")));

    /** LiveKit's validation messages name their field in words: "no trunk numbers specified", "trunk address..." */
    static String fieldNamedIn(String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        return FIELD_WORDS.stream().filter(f -> f.words().stream().anyMatch(m::contains)).map(FieldWords::field)
                .findFirst().orElse("trunk");
    }

    private ApiException failure(String field, boolean retryable, String messageKey, String hintKey, Throwable cause,
                                 Object... args) {
        String message = Messages.get(messageKey, args);
        String hint = hintKey.isEmpty() ? "" : Messages.get(hintKey, args);
        return new ApiException(Problem.error(field, scrub(message), hint), retryable, cause);
    }

    /** Keeps server text short, on one line, and free of every secret we know of. */
    String scrub(String text) {
        if (text == null) {
            return "";
        }
        // Bidi controls too: server text must not reorder what the user reads around it.
        String s = text.replaceAll("[\\p{Cntrl}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029&&[^\t]]+",
                " ").strip();
        for (String secret : secrets) {
            s = s.replace(secret, "****");
        }
        return s.length() > MAX_SERVER_TEXT ? s.substring(0, MAX_SERVER_TEXT) + "..." : s;
    }

    /** Twirp's JSON error body: {@code {"code": "...", "msg": "...", "meta": {...}}}. */
    record TwirpError(String code, String msg, JsonObject metaObject) {

        static Optional<TwirpError> parse(String contentType, String body) {
            if (body == null || body.isBlank()) {
                return Optional.empty();
            }
            try {
                JsonElement root = JsonParser.parseString(body);
                if (!root.isJsonObject() || !root.getAsJsonObject().has("code")) {
                    return Optional.empty();
                }
                JsonObject o = root.getAsJsonObject();
                String code = o.get("code").getAsString();
                String msg = o.has("msg") && o.get("msg").isJsonPrimitive() ? o.get("msg").getAsString() : "";
                JsonObject meta = o.has("meta") && o.get("meta").isJsonObject() ? o.getAsJsonObject("meta")
                        : new JsonObject();
                return Optional.of(new TwirpError(code, msg, meta));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        Optional<String> meta(String name) {
            JsonElement v = metaObject.get(name);
            return v != null && v.isJsonPrimitive() ? Optional.of(v.getAsString()) : Optional.empty();
        }
    }
}
