package org.trunkwizard.carriers.twilio;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** Form-encoded requests and JSON replies, with Twilio's error shape turned into a {@link TwilioException}. */
final class TwilioHttp {

    /** A page of 1000 numbers is about 1 MB; anything far past that is not Twilio. */
    static final long MAX_REPLY_BYTES = 8L * 1024 * 1024;

    private final OkHttpClient http;
    private final String authorization;

    TwilioHttp(TwilioAccount account, Duration connect, Duration read) {
        this.http = new OkHttpClient.Builder().connectTimeout(connect).readTimeout(read).writeTimeout(read)
                .callTimeout(read.plus(connect)).followRedirects(false).build();
        this.authorization = Credentials.basic(account.user(), account.secret(), StandardCharsets.UTF_8);
    }

    JsonObject get(HttpUrl url) throws TwilioException {
        return send(request(url).get().build());
    }

    JsonObject post(HttpUrl url, Map<String, String> form) throws TwilioException {
        FormBody.Builder body = new FormBody.Builder(StandardCharsets.UTF_8);
        form.forEach(body::add);
        return send(request(url).post(body.build()).build());
    }

    void delete(HttpUrl url) throws TwilioException {
        send(request(url).delete().build());
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private JsonObject send(Request request) throws TwilioException {
        try (Response response = http.newCall(request).execute()) {
            String text = capped(response.body());
            if (response.isSuccessful()) {
                return text.isBlank() ? new JsonObject() : object(text);
            }
            throw TwilioErrors.of(response.code(), parseOrEmpty(text));
        } catch (InterruptedIOException e) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.timeout"),
                    Messages.get("twilio.error.unreachable.hint")), true, 0);
        } catch (IOException e) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.unreachable",
                    request.url().host()), Messages.get("twilio.error.unreachable.hint")), true, 0);
        }
    }

    private static String capped(ResponseBody body) throws IOException {
        if (body.contentLength() > MAX_REPLY_BYTES) {
            throw new IOException("reply too large");
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 8192) != -1) {
            if (buffer.size() > MAX_REPLY_BYTES) {
                throw new IOException("reply too large");
            }
        }
        return buffer.readString(StandardCharsets.UTF_8);
    }

    private static JsonObject object(String text) throws TwilioException {
        JsonObject parsed = parseOrEmpty(text);
        if (parsed == null) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.unreadable"),
                    Messages.get("twilio.error.unreachable.hint")), true, 200);
        }
        return parsed;
    }

    /** Null when the text is not a JSON object: a proxy's HTML page, a cut-off reply. */
    private static JsonObject parseOrEmpty(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }
}
