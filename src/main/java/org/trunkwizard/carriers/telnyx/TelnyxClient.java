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
import org.trunkwizard.i18n.Messages;

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

    /** {@code destinations}: the ISO country codes the profile may call (whitelisted_destinations). */
    public record Profile(String id, String name, List<String> destinations) {
    }

    /** {@code callParking}: with it on, Telnyx parks outbound calls instead of connecting them. */
    public record Connection(String id, String name, String userName, String outboundVoiceProfileId,
                             boolean callParking) {
    }

    /** An FQDN connection: where Telnyx sends calls to the numbers assigned to it (here, LiveKit's SIP host). */
    public record FqdnConnection(String id, String name) {
    }

    public record Fqdn(String id, String connectionId, String fqdn, int port) {
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

    /** Assigns the number to the connection; an empty ID unassigns it. */
    public void assignNumber(String numberId, String connectionId) throws TelnyxException {
        JsonObject body = new JsonObject();
        if (connectionId.isEmpty()) {
            // Telnyx unassigns a number with a null connection.
            body.add("connection_id", com.google.gson.JsonNull.INSTANCE);
        } else {
            body.addProperty("connection_id", connectionId);
        }
        during(() -> http.patch(http.url("phone_numbers", numberId).build(), body), connectionId.isEmpty()
                ? Messages.get("telnyx.during.unassignNumber", numberId)
                : Messages.get("telnyx.during.assignNumber", numberId, connectionId));
    }

    public List<Profile> outboundVoiceProfiles() throws TelnyxException {
        return pages("outbound_voice_profiles", TelnyxClient::profile);
    }

    public Profile outboundVoiceProfile(String id) throws TelnyxException {
        return profile(data(http.get(http.url("outbound_voice_profiles", id).build())));
    }

    public Profile createOutboundVoiceProfile(String name, List<String> countries) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        JsonArray destinations = new JsonArray();
        countries.forEach(destinations::add);
        body.add("whitelisted_destinations", destinations);
        return profile(data(during(() -> http.post(http.url("outbound_voice_profiles").build(), body),
                Messages.get("telnyx.during.createProfile", name))));
    }

    public void deleteOutboundVoiceProfile(String id) throws TelnyxException {
        during(() -> http.delete(http.url("outbound_voice_profiles", id).build()),
                Messages.get("telnyx.during.deleteProfile", id));
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
        return connection(data(during(() -> http.post(http.url("credential_connections").build(), body),
                Messages.get("telnyx.during.createConnection", name))));
    }

    public Connection connection(String id) throws TelnyxException {
        return connection(data(http.get(http.url("credential_connections", id).build())));
    }

    /** Attaches the profile and turns call parking off on an existing connection. */
    public void setConnectionOutbound(String id, String profileId) throws TelnyxException {
        JsonObject body = new JsonObject();
        JsonObject outbound = new JsonObject();
        outbound.addProperty("outbound_voice_profile_id", profileId);
        outbound.addProperty("call_parking_enabled", false);
        body.add("outbound", outbound);
        during(() -> http.patch(http.url("credential_connections", id).build(), body),
                Messages.get("telnyx.during.setOutbound", id));
    }

    public List<FqdnConnection> fqdnConnections() throws TelnyxException {
        return pages("fqdn_connections", o -> new FqdnConnection(s(o, "id"), s(o, "connection_name")));
    }

    /**
     * For calls into LiveKit: numbers in +E.164 both ways (LiveKit's dispatch rules and inbound trunks match numbers
     * with a +), the profile attached so the same connection could also call out.
     */
    public FqdnConnection createFqdnConnection(String name, String profileId) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("connection_name", name);
        body.addProperty("transport_protocol", "UDP");
        JsonObject inbound = new JsonObject();
        inbound.addProperty("ani_number_format", "+E.164");
        inbound.addProperty("dnis_number_format", "+e164");
        body.add("inbound", inbound);
        JsonObject outbound = new JsonObject();
        outbound.addProperty("outbound_voice_profile_id", profileId);
        body.add("outbound", outbound);
        JsonObject o = data(during(() -> http.post(http.url("fqdn_connections").build(), body),
                Messages.get("telnyx.during.createFqdnConnection", name)));
        return new FqdnConnection(s(o, "id"), s(o, "connection_name"));
    }

    public void deleteFqdnConnection(String id) throws TelnyxException {
        during(() -> http.delete(http.url("fqdn_connections", id).build()),
                Messages.get("telnyx.during.deleteFqdnConnection", id));
    }

    public List<Fqdn> fqdns(String connectionId) throws TelnyxException {
        List<Fqdn> all = pages("fqdns", TelnyxClient::fqdn);
        return all.stream().filter(f -> f.connectionId().equals(connectionId)).toList();
    }

    public Fqdn createFqdn(String connectionId, String host, int port) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("connection_id", connectionId);
        body.addProperty("fqdn", host);
        body.addProperty("port", port);
        body.addProperty("dns_record_type", "a");
        return fqdn(data(during(() -> http.post(http.url("fqdns").build(), body),
                Messages.get("telnyx.during.createFqdn", host, connectionId))));
    }

    public void setConnectionPassword(String id, String password) throws TelnyxException {
        JsonObject body = new JsonObject();
        body.addProperty("password", password);
        during(() -> http.patch(http.url("credential_connections", id).build(), body),
                Messages.get("telnyx.during.setPassword", id));
    }

    public void deleteCredentialConnection(String id) throws TelnyxException {
        during(() -> http.delete(http.url("credential_connections", id).build()),
                Messages.get("telnyx.during.deleteConnection", id));
    }

    /** One change on Telnyx; its refusal says which, so a failure part way names the step that failed. */
    private interface Change {
        JsonObject send() throws TelnyxException;
    }

    private static JsonObject during(Change change, String doing) throws TelnyxException {
        try {
            return change.send();
        } catch (TelnyxException e) {
            throw e.during(doing);
        }
    }

    private interface Removal {
        void send() throws TelnyxException;
    }

    private static JsonObject during(Removal removal, String doing) throws TelnyxException {
        return during(() -> {
            removal.send();
            return null;
        }, doing);
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
        JsonObject out = o.get("outbound") instanceof JsonObject j ? j : new JsonObject();
        return new Connection(s(o, "id"), s(o, "connection_name"), s(o, "user_name"),
                s(out, "outbound_voice_profile_id"), "true".equals(s(out, "call_parking_enabled")));
    }

    private static Profile profile(JsonObject o) {
        List<String> destinations = new ArrayList<>();
        if (o.get("whitelisted_destinations") instanceof JsonArray a) {
            a.forEach(e -> destinations.add(e.isJsonPrimitive() ? e.getAsString() : ""));
        }
        return new Profile(s(o, "id"), s(o, "name"), destinations);
    }

    private static Fqdn fqdn(JsonObject o) {
        int port;
        try {
            port = Integer.parseInt(s(o, "port"));
        } catch (NumberFormatException e) {
            port = 0;
        }
        return new Fqdn(s(o, "id"), s(o, "connection_id"), s(o, "fqdn"), port);
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
