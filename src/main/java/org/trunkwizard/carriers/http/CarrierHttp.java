package org.trunkwizard.carriers.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.trunkwizard.validation.PrivateHosts;

/**
 * What every carrier's API client needs the same way: one HTTP client shape, replies read only up to a limit, JSON
 * objects that may not be JSON, and the test/proxy override of the carrier's host.
 */
public final class CarrierHttp {

    private CarrierHttp() {
    }

    /** Fixed timeouts and no redirects: a redirect could carry the carrier's credentials to another host. */
    public static OkHttpClient client(Duration connect, Duration read) {
        return new OkHttpClient.Builder().connectTimeout(connect).readTimeout(read).writeTimeout(read)
                .callTimeout(read.plus(connect)).followRedirects(false).build();
    }

    /** The reply as text, refused past {@code max} bytes whether announced or streamed: a carrier's page is small. */
    public static String readCapped(ResponseBody body, long max) throws IOException {
        if (body.contentLength() > max) {
            throw new IOException("reply too large");
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 8192) != -1) {
            if (buffer.size() > max) {
                throw new IOException("reply too large");
            }
        }
        return buffer.readString(StandardCharsets.UTF_8);
    }

    /** Null when the text is not a JSON object: a proxy's HTML page, a cut-off reply. */
    public static JsonObject objectOrNull(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /**
     * The base URL for an optional override (scheme and host only, paths unchanged); empty when the override is not
     * such a base, or is plain http to anything but this computer (the credentials would cross the network in clear).
     */
    public static Optional<HttpUrl> base(Optional<String> override, HttpUrl real) {
        if (override.isEmpty()) {
            return Optional.of(real);
        }
        HttpUrl b = HttpUrl.parse(override.get().trim());
        if (b == null || !"/".equals(b.encodedPath()) || (!b.isHttps() && !PrivateHosts.isLoopback(b.host()))) {
            return Optional.empty();
        }
        return Optional.of(b);
    }
}
