package org.trunkwizard.carriers.telnyx.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Telnyx-compatible server on 127.0.0.1 for the v2 endpoints a trunk setup uses. It keeps state and checks what
 * Telnyx's API reference documents: Bearer API key, connection_name required, user_name 4-32 letters and digits and
 * unique, password 8-128 characters, a profile that exists, numbers the account owns; errors as
 * {@code {"errors": [{code, title, detail, source}]}}. Faults: {@link #failNext}, {@link #failNextAfterApplying};
 * {@link #holdNext} keeps a request in flight (a step running when the admin presses Stop).
 */
public final class TelnyxTestServer implements AutoCloseable {

    /** {@code applied}: the change is made and then the reply is lost (a step failing half way). */
    record Fault(String method, Pattern path, int status, boolean applied) {
    }

    private final HttpServer server;
    private final String apiKey;
    /** id -> resource as Telnyx returns it. */
    final Map<String, JsonObject> numbers = new LinkedHashMap<>();
    final Map<String, JsonObject> profiles = new LinkedHashMap<>();
    final Map<String, JsonObject> connections = new LinkedHashMap<>();
    final Map<String, JsonObject> fqdnConnections = new LinkedHashMap<>();
    final Map<String, JsonObject> fqdns = new LinkedHashMap<>();
    /** Connection id -> password: Telnyx does not return it in full either. */
    final Map<String, String> passwords = new LinkedHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private static final int DEFAULT_PAGE_SIZE = 20;
    private int changes;
    private int userNamesTaken;
    private int ids;

    private TelnyxTestServer(String apiKey) throws IOException {
        this.apiKey = apiKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TelnyxTestServer start(String apiKey) {
        try {
            return new TelnyxTestServer(apiKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized String addNumber(String e164) {
        JsonObject n = new JsonObject();
        String id = String.valueOf(1_000_000 + ++ids);
        n.addProperty("id", id);
        n.addProperty("phone_number", e164);
        n.add("connection_id", null);
        numbers.put(id, n);
        return id;
    }

    /** A connection the admin made, not this tool: setups must leave it be unless asked to move a number. */
    public synchronized String addConnection(String name, String userName) {
        JsonObject c = new JsonObject();
        c.addProperty("id", String.valueOf(2_000_000 + ++ids));
        c.addProperty("connection_name", name);
        c.addProperty("user_name", userName);
        c.add("outbound", new JsonObject());
        connections.put(str(c, "id"), c);
        passwords.put(str(c, "id"), "ADMIN-CONNECTION-PASSWORD-1");
        return str(c, "id");
    }

    /** The admin assigned the number to a connection in the portal. */
    public synchronized void assign(String e164, String connectionId) {
        numbers.values().stream().filter(n -> e164.equals(str(n, "phone_number")))
                .forEach(n -> n.addProperty("connection_id", connectionId));
    }

    /** The next {@code count} user names asked for are held by someone else on Telnyx (they are global). */
    public synchronized void takeNextUserNames(int count) {
        userNamesTaken = count;
    }

    public synchronized String connectionOf(String e164) {
        return numbers.values().stream().filter(n -> e164.equals(str(n, "phone_number")))
                .map(n -> str(n, "connection_id")).findFirst().orElse("");
    }

    public synchronized JsonObject connection(String id) {
        return connections.get(id).deepCopy();
    }

    public synchronized int connectionCount() {
        return connections.size();
    }

    public synchronized int profileCount() {
        return profiles.size();
    }

    public synchronized int fqdnConnectionCount() {
        return fqdnConnections.size();
    }

    /** The hosts Telnyx would send the FQDN connection's calls to. */
    public synchronized List<String> fqdnsOf(String connectionId) {
        return fqdns.values().stream().filter(f -> connectionId.equals(str(f, "connection_id")))
                .map(f -> str(f, "fqdn") + ":" + str(f, "port")).toList();
    }

    public synchronized List<String> destinationsOf(String profileId) {
        List<String> out = new java.util.ArrayList<>();
        profiles.get(profileId).getAsJsonArray("whitelisted_destinations").forEach(e -> out.add(e.getAsString()));
        return out;
    }

    public synchronized void failNext(String method, String pathRegex, int status) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, false));
    }

    /** A request held on arrival until the test lets it go: a step in flight when the admin presses Stop. */
    public static final class Hold {
        final String method;
        final Pattern path;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        Hold(String method, Pattern path) {
            this.method = method;
            this.path = path;
        }

        public void awaitArrived() throws InterruptedException {
            if (!arrived.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("no " + method + " " + path + " arrived");
            }
        }

        public void release() {
            released.countDown();
        }
    }

    private final Deque<Hold> holds = new ConcurrentLinkedDeque<>();

    /** The next request whose method and path match waits, before it is carried out, until released. */
    public Hold holdNext(String method, String pathRegex) {
        Hold h = new Hold(method, Pattern.compile(pathRegex));
        holds.add(h);
        return h;
    }

    /** Held outside the server's lock, so other requests (the test's own reads) still get answers. */
    private void holdIfAsked(HttpExchange ex) {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        for (Hold h : holds) {
            if (h.method.equals(method) && h.path.matcher(path).matches() && holds.remove(h)) {
                h.arrived.countDown();
                try {
                    h.released.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
        }
    }

    /** The next matching request is carried out, then answered with {@code status}: the client cannot know. */
    public synchronized void failNextAfterApplying(String method, String pathRegex, int status) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, true));
    }

    public synchronized int changes() {
        return changes;
    }

    public synchronized List<String> passwords() {
        return List.copyOf(passwords.values());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            holdIfAsked(ex);
            int status;
            JsonObject body;
            synchronized (this) {
                Object[] reply = answer(ex);
                status = (int) reply[0];
                body = (JsonObject) reply[1];
            }
            byte[] bytes = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
        }
    }

    private Object[] answer(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        if (!("Bearer " + apiKey).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            return error(401, "10009", "Authentication failed", null);
        }
        Fault halfWay = null;
        for (Fault f : faults) {
            if (f.method.equals(method) && f.path.matcher(path).matches()) {
                faults.remove(f);
                if (!f.applied) {
                    return error(f.status, f.status == 429 ? "10011" : "10007", "injected fault", null);
                }
                halfWay = f;
                break;
            }
        }
        JsonObject in = new JsonObject();
        String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            if (!type.startsWith("application/json")) {
                return error(415, "10002", "Content-Type must be application/json", null);
            }
            JsonElement e = JsonParser.parseString(text);
            in = e.isJsonObject() ? e.getAsJsonObject() : in;
        }
        page = query(ex.getRequestURI().getRawQuery());
        Object[] reply = route(method, path, in);
        if ((int) reply[0] < 300 && !"GET".equals(method)) {
            changes++;
        }
        return halfWay == null ? reply : error(halfWay.status, "10007", "injected fault after the change", null);
    }

    private Object[] route(String method, String path, JsonObject in) {
        Matcher m;
        switch (method + " " + path) {
            case "GET /v2/phone_numbers": return list(numbers);
            case "GET /v2/outbound_voice_profiles": return list(profiles);
            case "GET /v2/credential_connections": return list(connections);
            case "GET /v2/fqdn_connections": return list(fqdnConnections);
            case "GET /v2/fqdns": return list(fqdns);
            case "POST /v2/fqdn_connections": return createFqdnConnection(in);
            case "POST /v2/fqdns": return createFqdn(in);
            case "POST /v2/outbound_voice_profiles": return createProfile(in);
            case "POST /v2/credential_connections": return createConnection(in);
            default: break;
        }
        if ((m = Pattern.compile("(GET|PATCH|DELETE) /v2/(phone_numbers|outbound_voice_profiles|credential_connections"
                + "|fqdn_connections|fqdns)/([\\w-]+)").matcher(method + " " + path)).matches()) {
            Map<String, JsonObject> of = switch (m.group(2)) {
                case "phone_numbers" -> numbers;
                case "outbound_voice_profiles" -> profiles;
                case "fqdn_connections" -> fqdnConnections;
                case "fqdns" -> fqdns;
                default -> connections;
            };
            JsonObject found = of.get(m.group(3));
            if (found == null) {
                return error(404, "10005", "Resource not found", null);
            }
            if ("DELETE".equals(m.group(1))) {
                if (of == profiles && Stream.concat(connections.values().stream(), fqdnConnections.values().stream())
                        .anyMatch(c -> c.get("outbound") instanceof JsonObject o
                                && m.group(3).equals(str(o, "outbound_voice_profile_id")))) {
                    return error(422, "10015", "The outbound voice profile is in use by a connection", null);
                }
                if (of == numbers) {
                    return error(405, "10005", "Phone numbers are released, not deleted, here", null);
                }
                of.remove(m.group(3));
                fqdns.values().removeIf(f -> m.group(3).equals(str(f, "connection_id")));
                passwords.remove(m.group(3));
                numbers.values().stream().filter(n -> m.group(3).equals(str(n, "connection_id")))
                        .forEach(n -> n.add("connection_id", null));
                return data(200, found);
            }
            if ("PATCH".equals(m.group(1))) {
                return patch(m.group(2), found, in);
            }
            return data(200, found);
        }
        return error(404, "10005", "Resource not found", null);
    }

    private Object[] createProfile(JsonObject in) {
        String name = str(in, "name");
        if (name.isBlank()) {
            return error(422, "10002", "Invalid parameter", "/name");
        }
        if (profiles.values().stream().anyMatch(p -> name.equals(str(p, "name")))) {
            return error(422, "10015", "Name already in use", "/name");
        }
        if (in.get("whitelisted_destinations") instanceof JsonArray wanted) {
            for (JsonElement d : wanted) {
                if (!d.isJsonPrimitive() || !d.getAsString().matches("[A-Z]{2}")) {
                    return error(422, "10002", "whitelisted_destinations must be ISO 3166-1 alpha-2 codes",
                            "/whitelisted_destinations");
                }
            }
        }
        JsonObject p = new JsonObject();
        p.addProperty("id", UUID.randomUUID().toString());
        p.addProperty("name", name);
        // A new profile allows only the US and Canada unless told otherwise (facts file).
        JsonArray usCa = new JsonArray();
        usCa.add("US");
        usCa.add("CA");
        p.add("whitelisted_destinations", in.has("whitelisted_destinations") ? in.get("whitelisted_destinations")
                : usCa);
        profiles.put(str(p, "id"), p);
        return data(201, p);
    }

    private Object[] createFqdnConnection(JsonObject in) {
        String name = str(in, "connection_name");
        if (name.isBlank()) {
            return error(422, "10002", "connection_name is required", "/connection_name");
        }
        JsonObject outbound = in.get("outbound") instanceof JsonObject o ? o : new JsonObject();
        String profile = str(outbound, "outbound_voice_profile_id");
        if (!profile.isEmpty() && !profiles.containsKey(profile)) {
            return error(422, "10005", "outbound voice profile not found", "/outbound/outbound_voice_profile_id");
        }
        String transport = str(in, "transport_protocol");
        if (!transport.isEmpty() && !List.of("UDP", "TCP", "TLS").contains(transport)) {
            return error(422, "10002", "transport_protocol must be UDP, TCP or TLS", "/transport_protocol");
        }
        JsonObject c = new JsonObject();
        c.addProperty("id", String.valueOf(3_000_000 + ++ids));
        c.addProperty("connection_name", name);
        c.add("outbound", outbound);
        c.add("inbound", in.get("inbound") instanceof JsonObject i ? i : new JsonObject());
        fqdnConnections.put(str(c, "id"), c);
        return data(201, c);
    }

    private Object[] createFqdn(JsonObject in) {
        String connection = str(in, "connection_id");
        String fqdn = str(in, "fqdn");
        if (!fqdnConnections.containsKey(connection)) {
            return error(422, "10005", "connection not found", "/connection_id");
        }
        if (!fqdn.matches("[A-Za-z0-9.-]+") || fqdn.startsWith(".")) {
            return error(422, "10002", "fqdn must be a host name", "/fqdn");
        }
        if (!"a".equals(str(in, "dns_record_type")) && !"srv".equals(str(in, "dns_record_type"))) {
            return error(422, "10002", "dns_record_type is required (a or srv)", "/dns_record_type");
        }
        JsonObject f = new JsonObject();
        f.addProperty("id", String.valueOf(4_000_000 + ++ids));
        f.addProperty("connection_id", connection);
        f.addProperty("fqdn", fqdn);
        f.addProperty("port", in.has("port") ? in.get("port").getAsInt() : 5060);
        f.addProperty("dns_record_type", str(in, "dns_record_type"));
        fqdns.put(str(f, "id"), f);
        return data(201, f);
    }

    private Object[] createConnection(JsonObject in) {
        String name = str(in, "connection_name");
        String user = str(in, "user_name");
        String password = str(in, "password");
        if (name.isBlank()) {
            return error(422, "10002", "connection_name is required", "/connection_name");
        }
        if (!user.matches("[A-Za-z0-9]{4,32}")) {
            return error(422, "10002", "user_name must be 4-32 letters and digits", "/user_name");
        }
        if (userNamesTaken > 0) {
            userNamesTaken--;
            return error(422, "10015", "user_name already taken", "/user_name");
        }
        if (connections.values().stream().anyMatch(c -> user.equals(str(c, "user_name")))) {
            return error(422, "10015", "user_name already taken", "/user_name");
        }
        if (password.length() < 8 || password.length() > 128) {
            return error(422, "10002", "password must be 8-128 characters", "/password");
        }
        JsonObject outbound = in.get("outbound") instanceof JsonObject o ? o : new JsonObject();
        String profile = str(outbound, "outbound_voice_profile_id");
        if (!profile.isEmpty() && !profiles.containsKey(profile)) {
            return error(422, "10005", "outbound voice profile not found", "/outbound/outbound_voice_profile_id");
        }
        JsonObject c = new JsonObject();
        c.addProperty("id", String.valueOf(2_000_000 + ++ids));
        c.addProperty("connection_name", name);
        c.addProperty("user_name", user);
        c.add("outbound", outbound);
        connections.put(str(c, "id"), c);
        passwords.put(str(c, "id"), password);
        return data(201, c);
    }

    private Object[] patch(String kind, JsonObject found, JsonObject in) {
        if ("phone_numbers".equals(kind)) {
            String connection = str(in, "connection_id");
            if (!connection.isEmpty() && !connections.containsKey(connection)
                    && !fqdnConnections.containsKey(connection)) {
                return error(422, "10005", "connection not found", "/connection_id");
            }
            found.addProperty("connection_id", connection.isEmpty() ? null : connection);
        } else if ("credential_connections".equals(kind)) {
            if (in.has("password")) {
                String password = str(in, "password");
                if (password.length() < 8 || password.length() > 128) {
                    return error(422, "10002", "password must be 8-128 characters", "/password");
                }
                passwords.put(str(found, "id"), password);
            }
            if (in.get("outbound") instanceof JsonObject outbound) {
                String profile = str(outbound, "outbound_voice_profile_id");
                if (!profile.isEmpty() && !profiles.containsKey(profile)) {
                    return error(422, "10005", "outbound voice profile not found",
                            "/outbound/outbound_voice_profile_id");
                }
                JsonObject current = found.get("outbound") instanceof JsonObject o ? o : new JsonObject();
                outbound.entrySet().forEach(e -> current.add(e.getKey(), e.getValue()));
                found.add("outbound", current);
            }
        }
        return data(200, found);
    }

    /** page[number] and page[size] of the request being answered. */
    private int[] page = {1, DEFAULT_PAGE_SIZE};

    private static int[] query(String raw) {
        int[] out = {1, DEFAULT_PAGE_SIZE};
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = java.net.URLDecoder.decode(pair, StandardCharsets.UTF_8).split("=", 2);
            if (kv.length == 2 && kv[0].equals("page[number]")) {
                out[0] = Integer.parseInt(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("page[size]")) {
                out[1] = Integer.parseInt(kv[1]);
            }
        }
        return out;
    }

    /** Pages as Telnyx's reference says: page[size] 1-250 (default 20 here, to make clients follow pages). */
    private Object[] list(Map<String, JsonObject> of) {
        if (page[1] < 1 || page[1] > 250 || page[0] < 1) {
            return error(400, "10002", "page[size] must be 1-250 and page[number] at least 1", null);
        }
        List<JsonObject> all = List.copyOf(of.values());
        int pages = Math.max(1, (all.size() + page[1] - 1) / page[1]);
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        all.stream().skip((long) (page[0] - 1) * page[1]).limit(page[1]).forEach(a::add);
        o.add("data", a);
        JsonObject meta = new JsonObject();
        meta.addProperty("page_number", page[0]);
        meta.addProperty("total_pages", pages);
        meta.addProperty("total_results", of.size());
        o.add("meta", meta);
        return new Object[] {200, o};
    }

    private static Object[] data(int status, JsonObject resource) {
        JsonObject o = new JsonObject();
        o.add("data", resource);
        return new Object[] {status, o};
    }

    private static Object[] error(int status, String code, String detail, String pointer) {
        JsonObject e = new JsonObject();
        e.addProperty("code", code);
        e.addProperty("title", detail);
        e.addProperty("detail", detail);
        if (pointer != null) {
            JsonObject source = new JsonObject();
            source.addProperty("pointer", pointer);
            e.add("source", source);
        }
        JsonArray errors = new JsonArray();
        errors.add(e);
        JsonObject o = new JsonObject();
        o.add("errors", errors);
        return new Object[] {status, o};
    }

    static String str(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? "" : e.getAsString();
    }
}
