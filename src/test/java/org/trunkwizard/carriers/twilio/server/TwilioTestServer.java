package org.trunkwizard.carriers.twilio.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Twilio-compatible server on 127.0.0.1 for the endpoints a trunk setup uses (api 2010-04-01 and trunking v1,
 * one host for both, as {@code TRUNKWIZARD_TWILIO_API_BASE} makes it). It keeps state and checks what Twilio's API
 * reference documents: Basic auth by Account SID + Auth Token or API key + secret, required parameters,
 * DomainName ending in pstn.twilio.com and unique, credential Username at most 32 and Password 12+ with a digit and
 * both cases, and answers with Twilio's error shape. Faults: {@link #failNext}.
 * Error codes 20003/20404/20429/20500 are Twilio's; the parameter errors use 21xxx stand-ins.
 */
public final class TwilioTestServer implements AutoCloseable {

    static final String PSTN = "pstn.twilio.com";

    /** {@code applied}: the change is made and then the reply is lost (a step failing half way). */
    record Fault(String method, Pattern path, int status, boolean applied) {
    }

    static final class Trunk {
        String sid;
        String friendlyName;
        String domainName;
        final Set<String> credentialLists = new LinkedHashSet<>();
        final Map<String, String[]> originationUrls = new LinkedHashMap<>();
    }

    static final class CredentialList {
        String sid;
        String friendlyName;
        final Map<String, String[]> credentials = new LinkedHashMap<>(); // sid -> {username, password}
    }

    static final class Number {
        String sid;
        String phoneNumber;
        String trunkSid = "";
        String voiceApplicationSid = "";
    }

    private final HttpServer server;
    private final String accountSid;
    private final Map<String, String> secrets = new HashMap<>();
    final Map<String, Trunk> trunks = new LinkedHashMap<>();
    final Map<String, CredentialList> lists = new LinkedHashMap<>();
    final Map<String, Number> numbers = new LinkedHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    /** Countries where ordinary numbers may be called (geo permissions); the others answer disabled. */
    final Set<String> dialable = new LinkedHashSet<>(List.of("US", "CA"));
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();
    private final List<String> requests = new ArrayList<>();

    private TwilioTestServer(String accountSid, String authToken) throws IOException {
        this.accountSid = accountSid;
        secrets.put(accountSid, authToken);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TwilioTestServer start(String accountSid, String authToken) {
        try {
            return new TwilioTestServer(accountSid, authToken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scheme and host, as {@code TRUNKWIZARD_TWILIO_API_BASE} takes it. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void addApiKey(String keySid, String secret) {
        secrets.put(keySid, secret);
    }

    /** A number the account owns; returns its PN SID. */
    public synchronized String addNumber(String e164) {
        Number n = new Number();
        n.sid = sid("PN");
        n.phoneNumber = e164;
        numbers.put(n.sid, n);
        return n.sid;
    }

    public synchronized void useNumberInApp(String e164, String appSid) {
        numbers.values().stream().filter(n -> n.phoneNumber.equals(e164)).forEach(n -> n.voiceApplicationSid = appSid);
    }

    /** A trunk the admin made by hand, e.g. to test that its domain is not taken twice. */
    public synchronized String appOf(String e164) {
        return numbers.values().stream().filter(n -> n.phoneNumber.equals(e164)).map(n -> n.voiceApplicationSid)
                .findFirst().orElse("");
    }

    public synchronized String addTrunk(String friendlyName, String domainName) {
        Trunk t = new Trunk();
        t.sid = sid("TK");
        t.friendlyName = friendlyName;
        t.domainName = domainName;
        trunks.put(t.sid, t);
        return t.sid;
    }

    /** The next request whose method and path match answers {@code status} with Twilio's error shape. */
    public synchronized void failNext(String method, String pathRegex, int status) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, false));
    }

    /** A request held on arrival until the test lets it go: a step in flight when the admin presses Stop. */
    public static final class Hold {
        final String method;
        final Pattern path;
        private final java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        Hold(String method, Pattern path) {
            this.method = method;
            this.path = path;
        }

        public void awaitArrived() throws InterruptedException {
            if (!arrived.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("no " + method + " " + path + " arrived");
            }
        }

        public void release() {
            released.countDown();
        }
    }

    private final Deque<Hold> holds = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** The next request whose method and path match waits, before it is carried out, until released. */
    public Hold holdNext(String method, String pathRegex) {
        Hold h = new Hold(method, Pattern.compile(pathRegex));
        holds.add(h);
        return h;
    }

    /** Like {@link #failNext}, but the request is carried out first: Twilio made it, its answer was lost. */
    public synchronized void failNextAfterApplying(String method, String pathRegex, int status) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, true));
    }

    /** Requests that changed something (POST, DELETE that succeeded). */
    public int changes() {
        return changes.get();
    }

    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** An admin deleting every credential list in the console. */
    public synchronized void deleteCredentialLists() {
        lists.clear();
        trunks.values().forEach(t -> t.credentialLists.clear());
    }

    public synchronized int trunkCount() {
        return trunks.size();
    }

    public synchronized int credentialListCount() {
        return lists.size();
    }

    public synchronized String authType(String trunkSid) {
        return trunks.get(trunkSid).credentialLists.isEmpty() ? "" : "CREDENTIAL_LIST";
    }

    public synchronized List<String> numbersOn(String trunkSid) {
        return numbers.values().stream().filter(n -> n.trunkSid.equals(trunkSid)).map(n -> n.phoneNumber).toList();
    }

    /** Every credential password the server holds, to check the LiveKit side got the same one. */
    public synchronized List<String> passwords() {
        return lists.values().stream().flatMap(l -> l.credentials.values().stream()).map(c -> c[1]).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    String sid(String prefix) {
        return prefix + String.format("%032x", ids.incrementAndGet());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Reply reply;
            synchronized (this) {
                reply = answer(ex);
            }
            byte[] body = reply.body == null ? new byte[0] : reply.body.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(reply.status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
        }
    }

    record Reply(int status, JsonObject body) {
    }

    private Reply answer(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        requests.add(method + " " + path);
        if (!authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
            return error(401, 20003, "Authenticate");
        }
        for (Hold h : holds) {
            if (h.method.equals(method) && h.path.matcher(path).matches() && holds.remove(h)) {
                h.arrived.countDown();
                try {
                    h.released.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                break;
            }
        }
        Fault fault = null;
        for (Fault f : faults) {
            if (f.method.equals(method) && f.path.matcher(path).matches()) {
                faults.remove(f);
                fault = f;
                break;
            }
        }
        if (fault != null && !fault.applied) {
            return injected(fault);
        }
        Map<String, String> form = "POST".equals(method) ? form(new String(ex.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)) : Map.of();
        Reply reply = new TwilioRoutes(this, accountSid).route(method, path, form);
        if (reply.status < 300 && !"GET".equals(method)) {
            changes.incrementAndGet();
        }
        return fault != null ? injected(fault) : reply;
    }

    private Reply injected(Fault f) {
        int code = f.status == 429 ? 20429 : f.status >= 500 ? 20500 : f.status == 401 ? 20003 : 20001;
        return error(f.status, code, "injected fault");
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && decoded.substring(colon + 1).equals(secrets.get(decoded.substring(0, colon)));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    static Reply error(int status, int code, String message) {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("message", message);
        o.addProperty("more_info", "https://www.twilio.com/docs/errors/" + code);
        o.addProperty("status", status);
        return new Reply(status, o);
    }

    static Reply ok(int status, JsonObject body) {
        return new Reply(status, body);
    }

    static Reply list(String key, List<JsonObject> items) {
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        o.add(key, a);
        return new Reply(200, o);
    }

    static Matcher match(String regex, String path) {
        return Pattern.compile(regex).matcher(path);
    }
}
