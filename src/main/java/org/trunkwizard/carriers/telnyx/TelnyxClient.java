package org.trunkwizard.carriers.telnyx;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The Telnyx v2 endpoints a trunk setup needs, typed: outbound voice profiles, credential connections, phone
 * numbers. A small client over OkHttp rather than Telnyx's SDK, for the same reason as Twilio's (README).
 */
public final class TelnyxClient {

    public static final String KEY_ENV = "TELNYX_API_KEY";
    public static final String OVERRIDE_ENV = TelnyxHttp.OVERRIDE_ENV;
    /** A bound on pages followed, so a server that always has more cannot keep us reading. */
    static final int MAX_PAGES = 40;

    public record PhoneNumber(String id, String phoneNumber, String connectionId) {
    }

    public record Profile(String id, String name) {
    }

    public record Connection(String id, String name, String userName, String outboundVoiceProfileId) {
    }

    private final TelnyxHttp http;

    private TelnyxClient(TelnyxHttp http) {
        this.http = http;
    }

    /** From the environment; empty when the key is missing or the override is not acceptable. */
    public static Optional<TelnyxClient> fromEnv(Map<String, String> env, Duration connect, Duration read) {
        String key = env.get(KEY_ENV);
        String override = env.get(OVERRIDE_ENV);
        Optional<HttpUrl> base = TelnyxHttp.base(Optional.ofNullable(override).filter(o -> !o.isBlank()));
        if (key == null || key.isBlank() || base.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TelnyxClient(new TelnyxHttp(key.strip(), base.get(), connect, read)));
    }

    public List<PhoneNumber> phoneNumbers() throws TelnyxException {
        return pages("phone_numbers", o -> new PhoneNumber(s(o, "id"), s(o, "phone_number"), s(o, "connection_id")));
    }

    public void assignNumber(String numberId, String connectionId) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("connection_id", connectionId);
        http.patch(http.url("phone_numbers", numberId).build(), body);
    }

    public List<Profile> outboundVoiceProfiles() throws TelnyxException {
        return pages("outbound_voice_profiles", o -> new Profile(s(o, "id"), s(o, "name")));
    }

    public Profile createOutboundVoiceProfile(String name, List<String> countries) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        JsonArray destinations = new JsonArray();
        countries.forEach(destinations::add);
        body.add("whitelisted_destinations", destinations);
        JsonObject o = data(http.post(http.url("outbound_voice_profiles").build(), body));
        return new Profile(s(o, "id"), s(o, "name"));
    }

    public void deleteOutboundVoiceProfile(String id) throws TelnyxException {
        http.delete(http.url("outbound_voice_profiles", id).build());
    }

    public List<Connection> credentialConnections() throws TelnyxException {
        return pages("credential_connections", TelnyxClient::connection);
    }

    /** Call parking off: with it on, Telnyx parks outbound calls instead of connecting them. */
    public Connection createCredentialConnection(String name, String userName, String password, String profileId)
            throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("connection_name", name);
        body.addProperty("user_name", userName);
        body.addProperty("password", password);
        JsonObject outbound = new JsonObject();
        outbound.addProperty("outbound_voice_profile_id", profileId);
        outbound.addProperty("call_parking_enabled", false);
        body.add("outbound", outbound);
        return connection(data(http.post(http.url("credential_connections").build(), body)));
    }

    public Connection connection(String id) throws TelnyxException {
        return connection(data(http.get(http.url("credential_connections", id).build())));
    }

    public void setConnectionPassword(String id, String password) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("password", password);
        http.patch(http.url("credential_connections", id).build(), body);
    }

    public void deleteCredentialConnection(String id) throws TelnyxException {
        http.delete(http.url("credential_connections", id).build());
    }

    private <T> List<T> pages(String resource, Function<JsonObject, T> read) throws TelnyxException {
        List<T> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonObject reply = http.get(http.url(resource).addQueryParameter("page[number]", String.valueOf(page))
                    .addQueryParameter("page[size]", "250").build());
            if (reply.get("data") instanceof JsonArray items) {
                for (JsonElement e : items) {
                    if (e.isJsonObject()) {
                        all.add(read.apply(e.getAsJsonObject()));
                    }
                }
            }
            int total = reply.get("meta") instanceof JsonObject meta ? intOr(meta.get("total_pages")) : 1;
            if (page >= total) {
                break;
            }
        }
        return all;
    }

    private static Connection connection(JsonObject o) {
        String profile = o.get("outbound") instanceof JsonObject out ? s(out, "outbound_voice_profile_id") : "";
        return new Connection(s(o, "id"), s(o, "connection_name"), s(o, "user_name"), profile);
    }

    private static JsonObject data(JsonObject reply) {
        return reply.get("data") instanceof JsonObject d ? d : new JsonObject();
    }

    private static int intOr(JsonElement e) {
        try {
            return e == null || e.isJsonNull() ? 1 : e.getAsInt();
        } catch (RuntimeException ex) {
            return 1;
        }
    }

    static String s(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? "" : e.getAsString();
    }
}
