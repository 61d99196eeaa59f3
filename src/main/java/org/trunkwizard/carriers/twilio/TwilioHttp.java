package org.trunkwizard.carriers.twilio;

import com.google.gson.JsonObject;
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
import org.trunkwizard.carriers.http.CarrierHttp;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** Form-encoded requests and JSON replies, with Twilio's error shape turned into a {@link TwilioException}. */
final class TwilioHttp {

    /** A page of 1000 numbers is about 1 MB; anything far past that is not Twilio. */
    static final long MAX_REPLY_BYTES = 8L * 1024 * 1024;

    private final OkHttpClient http;
    private final String authorization;

    TwilioHttp(TwilioAccount account, Duration connect, Duration read) {
        this.http = CarrierHttp.client(connect, read);
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
            String text = CarrierHttp.readCapped(response.body(), MAX_REPLY_BYTES);
            if (response.isSuccessful()) {
                return text.isBlank() ? new JsonObject() : object(text);
            }
            throw TwilioErrors.of(response.code(), CarrierHttp.objectOrNull(text));
        } catch (InterruptedIOException e) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.timeout"),
                    Messages.get("twilio.error.unreachable.hint")), true, 0);
        } catch (IOException e) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.unreachable",
                    request.url().host()), Messages.get("twilio.error.unreachable.hint")), true, 0);
        }
    }

    private static JsonObject object(String text) throws TwilioException {
        JsonObject parsed = CarrierHttp.objectOrNull(text);
        if (parsed == null) {
            throw new TwilioException(Problem.error("twilio", Messages.get("twilio.error.unreadable"),
                    Messages.get("twilio.error.unreachable.hint")), true, 200);
        }
        return parsed;
    }
}
