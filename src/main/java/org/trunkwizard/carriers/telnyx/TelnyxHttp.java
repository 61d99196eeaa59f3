package org.trunkwizard.carriers.telnyx;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.trunkwizard.carriers.http.CarrierHttp;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * JSON requests with a Bearer API key, and Telnyx's {@code {"errors": [{code, title, detail, source}]}} turned into
 * a {@link TelnyxException}. One base ({@value #OVERRIDE_ENV}, scheme and host) replaces api.telnyx.com for tests.
 */
final class TelnyxHttp {

    static final String OVERRIDE_ENV = "TRUNKWIZARD_TELNYX_API_BASE";
    static final HttpUrl REAL = HttpUrl.get("https://api.telnyx.com/");
    /** Far past any page of 250 numbers. */
    static final long MAX_REPLY_BYTES = 8L * 1024 * 1024;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_TEXT = 300;

    private final OkHttpClient http;
    private final String authorization;
    private final HttpUrl base;

    TelnyxHttp(String apiKey, HttpUrl base, Duration connect, Duration read) {
        this.http = CarrierHttp.client(connect, read);
        this.authorization = "Bearer " + apiKey;
        this.base = base;
    }

    /** The base for an optional override; empty when it is not scheme and host, or plain http off this computer. */
    static Optional<HttpUrl> base(Optional<String> override) {
        return CarrierHttp.base(override, REAL);
    }

    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder().addPathSegment("v2");
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }

    JsonObject get(HttpUrl url) throws TelnyxException {
        return send(request(url).get().build());
    }

    JsonObject post(HttpUrl url, JsonObject body) throws TelnyxException {
        return send(request(url).post(RequestBody.create(body.toString(), JSON)).build());
    }

    JsonObject patch(HttpUrl url, JsonObject body) throws TelnyxException {
        return send(request(url).patch(RequestBody.create(body.toString(), JSON)).build());
    }

    void delete(HttpUrl url) throws TelnyxException {
        send(request(url).delete().build());
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private JsonObject send(Request request) throws TelnyxException {
        try (Response response = http.newCall(request).execute()) {
            JsonObject parsed = CarrierHttp.objectOrNull(CarrierHttp.readCapped(response.body(), MAX_REPLY_BYTES));
            if (response.isSuccessful()) {
                if (parsed == null && response.code() != 204) {
                    throw new TelnyxException(Problem.error("telnyx", Messages.get("telnyx.error.unreadable"),
                            Messages.get("telnyx.error.unreachable.hint")), true, response.code());
                }
                return parsed == null ? new JsonObject() : parsed;
            }
            throw refused(response.code(), parsed);
        } catch (InterruptedIOException e) {
            throw new TelnyxException(Problem.error("telnyx", Messages.get("telnyx.error.timeout"),
                    Messages.get("telnyx.error.unreachable.hint")), true, 0);
        } catch (IOException e) {
            throw new TelnyxException(Problem.error("telnyx", Messages.get("telnyx.error.unreachable",
                    request.url().host()), Messages.get("telnyx.error.unreachable.hint")), true, 0);
        }
    }

    static TelnyxException refused(int status, JsonObject body) {
        String code = "-";
        String said = Messages.get("telnyx.error.noMessage");
        String field = "";
        if (body != null && body.get("errors") instanceof JsonArray errors && !errors.isEmpty()
                && errors.get(0) instanceof JsonObject first) {
            code = text(first.get("code"), code);
            said = text(first.get("detail"), text(first.get("title"), said));
            if (first.get("source") instanceof JsonObject source) {
                field = text(source.get("pointer"), "");
            }
        }
        boolean retryable = status == 429 || status >= 500;
        String hint = status == 401 || status == 403 ? Messages.get("telnyx.error.auth.hint", TelnyxClient.KEY_ENV)
                : retryable ? Messages.get("telnyx.error.retry.hint")
                : Messages.get("telnyx.error.console.hint");
        return new TelnyxException(Problem.error("telnyx", Messages.get("telnyx.error.refused", status, code,
                field.isEmpty() ? said : said + " (" + field + ")"), hint), retryable, status, field);
    }

    /** Server text goes to a terminal: no control characters, bounded length. */
    private static String text(JsonElement e, String otherwise) {
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive() || e.getAsString().isBlank()) {
            return otherwise;
        }
        String s = e.getAsString().replaceAll("\\p{Cntrl}", " ");
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s;
    }
}
