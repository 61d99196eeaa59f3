package org.trunkwizard.livekit.server;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import livekit.LivekitModels.Pagination;
import livekit.LivekitRoom.DeleteRoomRequest;
import livekit.LivekitRoom.DeleteRoomResponse;
import livekit.LivekitSip.CreateSIPDispatchRuleRequest;
import livekit.LivekitSip.CreateSIPInboundTrunkRequest;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.DeleteSIPTrunkRequest;
import livekit.LivekitSip.ListSIPDispatchRuleRequest;
import livekit.LivekitSip.ListSIPDispatchRuleResponse;
import livekit.LivekitSip.ListSIPInboundTrunkRequest;
import livekit.LivekitSip.ListSIPInboundTrunkResponse;
import livekit.LivekitSip.ListSIPOutboundTrunkRequest;
import livekit.LivekitSip.ListSIPOutboundTrunkResponse;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPParticipantInfo;
import livekit.LivekitSip.SIPTrunkInfo;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;

/**
 * A LiveKit-compatible SIP API server on 127.0.0.1 for tests (and later the UI tests): it speaks the Twirp service
 * {@code livekit.SIP} as the facts file describes it, with protobuf and JSON bodies read by LiveKit's own generated
 * classes, HS256 tokens checked like LiveKit checks them, LiveKit's validation rules and error shapes, trunks kept in
 * memory, every request recorded, and faults on demand.
 *
 * <pre>
 * try (LiveKitTestServer server = LiveKitTestServer.start()) {
 *     var api = new SipApi(LiveKitConnection.of(server.url(), server.apiKey(), server.apiSecret()));
 *     ...
 * }
 * </pre>
 */
public final class LiveKitTestServer implements AutoCloseable {

    public static final String DEFAULT_KEY = "APItestKey123";
    public static final String DEFAULT_SECRET = "test-secret-0123456789abcdefghijklmnopqrstuv";
    private static final String PREFIX = "/twirp/livekit.SIP/";
    private static final String ROOM_PREFIX = "/twirp/livekit.RoomService/";
    private static final String BASE57 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** LiveKit's JWT leeway for exp and nbf. */
    private static final long LEEWAY_SECONDS = 60;

    private final HttpServer http;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "livekit-test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Set<String> keysWithoutSip = ConcurrentHashMap.newKeySet();
    private final Map<String, SIPOutboundTrunkInfo> trunks = new ConcurrentHashMap<>();
    private final Map<String, SIPInboundTrunkInfo> inboundTrunks = new ConcurrentHashMap<>();
    private final Map<String, SIPDispatchRuleInfo> dispatchRules = new ConcurrentHashMap<>();
    private final List<SIPParticipantInfo> calls = new CopyOnWriteArrayList<>();
    private final List<String> deletedRooms = new CopyOnWriteArrayList<>();
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private final Deque<Fault> nextFaults = new ConcurrentLinkedDeque<>();
    private final Map<String, java.util.concurrent.CountDownLatch> holds = new ConcurrentHashMap<>();
    private volatile Fault alwaysFault;
    private volatile Optional<TwirpError> callOutcome = Optional.empty();
    private volatile java.time.Duration clockSkew = java.time.Duration.ZERO;
    private final SecureRandom random = new SecureRandom();
    private final Deque<String> unusualTrunkIds = new ConcurrentLinkedDeque<>();
    private final List<LateLanding> lateLandings = new CopyOnWriteArrayList<>();

    /** A held create ({@link Fault#landsWhenListed}) and the list that lets it land. */
    private record LateLanding(String listMethod, java.util.concurrent.CountDownLatch turn,
                               java.util.concurrent.CountDownLatch landed) {
    }

    private LiveKitTestServer() throws IOException {
        secrets.put(DEFAULT_KEY, DEFAULT_SECRET);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    public static LiveKitTestServer start() {
        try {
            return new LiveKitTestServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}: plain http, which the client allows for loopback only. */
    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String apiKey() {
        return DEFAULT_KEY;
    }

    public String apiSecret() {
        return DEFAULT_SECRET;
    }

    /** Another key this project accepts. */
    public void addKey(String key, String secret) {
        secrets.put(key, secret);
    }

    /** Acts as if this key's tokens carried no SIP grant (a key made without SIP permission). */
    public void denySip(String key) {
        keysWithoutSip.add(key);
    }

    /** The server's clock runs this much ahead of the client's (negative: behind), to test expired tokens. */
    public void clockAhead(java.time.Duration skew) {
        clockSkew = skew;
    }

    /** The stored trunks, as LiveKit would return them. */
    public Collection<SIPOutboundTrunkInfo> trunks() {
        return List.copyOf(trunks.values());
    }

    public Collection<SIPInboundTrunkInfo> inboundTrunks() {
        return List.copyOf(inboundTrunks.values());
    }

    public Collection<SIPDispatchRuleInfo> dispatchRules() {
        return List.copyOf(dispatchRules.values());
    }

    public List<SIPParticipantInfo> calls() {
        return List.copyOf(calls);
    }

    /**
     * The next trunks get IDs of shapes LiveKit has not issued so far but may (a server on another version, a
     * LiveKit-compatible server): characters outside base57, a longer and a shorter ID. The first one is
     * {@value #UNUSUAL_TRUNK_ID}. Once they are used up, IDs are LiveKit's usual shape again.
     */
    public void issueUnusualTrunkIds() {
        unusualTrunkIds.addAll(List.of(UNUSUAL_TRUNK_ID, "ST_0OIl1x9kQw3r7T2bZ5mN8pYc", "ST_a1"));
    }

    /** The first ID {@link #issueUnusualTrunkIds()} hands out: every character LiveKit's alphabet leaves out. */
    public static final String UNUSUAL_TRUNK_ID = "ST_XXXXXXXXXXX1";

    /** Rooms deleted through RoomService/DeleteRoom (how a client ends a test call it stopped waiting for). */
    public List<String> deletedRooms() {
        return List.copyOf(deletedRooms);
    }

    /** Puts a trunk in place as if made earlier (e.g. by the dashboard); returns its ID. */
    public String addTrunk(SIPOutboundTrunkInfo trunk) {
        return addTrunk(newTrunkId(), trunk);
    }

    /** The same with the ID it was given then (a fixture that must look the same at every run). */
    public String addTrunk(String id, SIPOutboundTrunkInfo trunk) {
        trunks.put(id, trunk.toBuilder().setSipTrunkId(id).build());
        return id;
    }

    /** Removes a trunk as if deleted elsewhere (the dashboard, lk). */
    public void removeTrunk(String trunkId) {
        trunks.remove(trunkId);
    }

    /** Puts an inbound trunk in place as if made earlier (e.g. by the dashboard); returns its ID. */
    public String addInboundTrunk(SIPInboundTrunkInfo trunk) {
        String id = newTrunkId();
        inboundTrunks.put(id, trunk.toBuilder().setSipTrunkId(id).build());
        return id;
    }

    /** Puts a dispatch rule in place as if made earlier (e.g. in LiveKit Cloud); returns its ID. */
    public String addDispatchRule(SIPDispatchRuleInfo rule) {
        String id = newId("SDR_");
        dispatchRules.put(id, rule.toBuilder().setSipDispatchRuleId(id).build());
        return id;
    }

    public List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    /** The requests for one Twirp method, e.g. {@code CreateSIPOutboundTrunk}. */
    public List<ReceivedRequest> received(String method) {
        return received.stream().filter(r -> r.method().equals(method)).toList();
    }

    /**
     * The next request (only) meets this fault; several calls queue several faults. A fault made for one method
     * ({@link Fault#on}) waits in the queue for a request of that method.
     */
    public void failNext(Fault fault) {
        nextFaults.addLast(fault);
    }

    /** The next request of this Twirp method (only) meets this fault, e.g. an update after a list that succeeds. */
    public void failNext(String method, Fault fault) {
        nextFaults.addLast(fault.on(method));
    }

    /**
     * Requests of this Twirp method wait, unanswered, until {@code release} opens: a server that is slow for as long
     * as a test needs (say, to press Stop), without a fixed delay.
     */
    public void holdUntil(String method, java.util.concurrent.CountDownLatch release) {
        holds.put(method, release);
    }

    /** Every request meets this fault until {@link #clearFaults()}. */
    public void failAlways(Fault fault) {
        alwaysFault = fault;
    }

    public void clearFaults() {
        nextFaults.clear();
        alwaysFault = null;
    }

    /**
     * The carrier refuses the following test calls with this SIP status, as LiveKit reports it: the Twirp code LiveKit
     * maps the status to (livekit/protocol sip.go), {@code meta.sip_status_code} and {@code meta.sip_status}. Only a
     * call that waits until answered sees it; without waiting LiveKit answers before the carrier does.
     */
    public void carrierAnswers(int sipStatus, String reason) {
        callOutcome = Optional.of(new TwirpError(twirpCodeOf(sipStatus),
                "INVITE failed: sip status: " + sipStatus + ": " + reason,
                Map.of("sip_status_code", Integer.toString(sipStatus), "sip_status", reason)));
    }

    /** Nothing answers at the trunk's address (wrong host or port, UDP blocked): LiveKit's words, no SIP status. */
    public void carrierSilent() {
        callOutcome = Optional.of(new TwirpError("canceled",
                "transaction failed to complete (0 intermediate responses)"));
    }

    /** The carrier challenges the trunk's credentials again and again (a wrong password): LiveKit gives up. */
    public void carrierRejectsCredentials() {
        callOutcome = Optional.of(new TwirpError("unknown", "max auth retry attemps reached"));
    }

    /** Test calls are answered again. */
    public void carrierAnswersCalls() {
        callOutcome = Optional.empty();
    }

    /** LiveKit's own mapping of a SIP status to a Twirp (gRPC) code, for the statuses the wizard explains. */
    private static String twirpCodeOf(int sipStatus) {
        return switch (sipStatus) {
            case 401, 403, 603 -> "permission_denied";
            case 407 -> "unauthenticated";
            case 404, 604 -> "not_found";
            case 408, 504 -> "deadline_exceeded";
            case 480, 486, 600 -> "resource_exhausted";
            case 500, 502, 503 -> "failed_precondition";
            default -> sipStatus < 500 || sipStatus >= 600 ? "invalid_argument" : "failed_precondition";
        };
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------- the wire

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String method = path.startsWith(PREFIX) ? path.substring(PREFIX.length())
                    : path.startsWith(ROOM_PREFIX) ? path.substring(ROOM_PREFIX.length()) : "";
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse("");
            Optional<Route> route = Optional.ofNullable(ROUTES.get(method));
            boolean json = mediaType(contentType).equals("application/json");
            Optional<Message> decoded = route.flatMap(r -> decode(r.request().get(), body, json));
            received.add(new ReceivedRequest(path, method, contentType,
                    new LinkedHashMap<>(exchange.getRequestHeaders()), body, decoded));

            awaitRelease(method);
            Fault fault = faultFor(method);
            if (fault != null && fault.kind() == Fault.Kind.SLOW_BEFORE) {
                sleep(fault);
            }
            if (fault != null && fault.kind() == Fault.Kind.DROP) {
                // An exception out of the handler makes the JDK server close the connection without an answer.
                throw new IOException("injected: connection dropped");
            }
            if (fault != null && fault.kind() == Fault.Kind.STATUS) {
                if (!fault.retryAfter().isEmpty()) {
                    exchange.getResponseHeaders().set("Retry-After", fault.retryAfter());
                }
                send(exchange, fault.status(), fault.contentType(), fault.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.HUGE) {
                sendHuge(exchange, fault.body().equals("declared"));
                return;
            }
            LateLanding late = null;
            if (fault != null && fault.kind() == Fault.Kind.LANDS_WHEN_LISTED) {
                late = new LateLanding(fault.body(), new java.util.concurrent.CountDownLatch(1),
                        new java.util.concurrent.CountDownLatch(1));
                lateLandings.add(late);
                awaitQuietly(late.turn());
            }
            byte[] answer;
            String answerType;
            int status = 200;
            try {
                Message result;
                try {
                    result = replyFor(fault, dispatch(exchange, method, route, contentType, body, decoded));
                } finally {
                    if (late != null) {
                        late.landed().countDown();
                    }
                }
                answerType = json ? "application/json" : "application/protobuf";
                answer = json ? JsonFormat.printer().preservingProtoFieldNames().print(result)
                        .getBytes(StandardCharsets.UTF_8) : result.toByteArray();
            } catch (PlainUnauthorized e) {
                status = 401;
                answerType = "text/plain; charset=utf-8";
                answer = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (TwirpError e) {
                status = e.status();
                answerType = "application/json";
                answer = e.json().getBytes(StandardCharsets.UTF_8);
            }
            letHeldCreatesLand(method);
            if (fault != null && fault.kind() == Fault.Kind.SLOW_AFTER) {
                sleep(fault);
            }
            if (fault != null && fault.kind() == Fault.Kind.DROP_AFTER_HANDLING) {
                throw new IOException("injected: reply dropped after handling");
            }
            if (fault != null && fault.kind() == Fault.Kind.GARBAGE) {
                answer = new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x12, 0x7f, 0x00, 0x3c, 0x68, 0x74};
                status = 200;
            }
            send(exchange, status, answerType, answer);
        }
    }

    /** This list has read the stored items: creates held for it land now, before it is answered. */
    private void letHeldCreatesLand(String method) throws IOException {
        for (LateLanding late : lateLandings) {
            if (late.listMethod().equals(method) && lateLandings.remove(late)) {
                late.turn().countDown();
                awaitQuietly(late.landed());
            }
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IOException("held request never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server closing");
        }
    }

    private void awaitRelease(String method) throws IOException {
        java.util.concurrent.CountDownLatch release = holds.get(method);
        if (release == null) {
            return;
        }
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server closing");
        }
    }

    /** The next queued fault meant for this method (others stay queued in order), else the standing one. */
    private Fault faultFor(String method) {
        synchronized (nextFaults) {
            for (var it = nextFaults.iterator(); it.hasNext(); ) {
                Fault f = it.next();
                if (f.appliesTo(method)) {
                    it.remove();
                    return f;
                }
            }
        }
        Fault always = alwaysFault;
        return always != null && always.appliesTo(method) ? always : null;
    }

    /** The work is done; what the reply says about it is what the fault makes of it. */
    private Message replyFor(Fault fault, Message result) {
        if (fault == null) {
            return result;
        }
        if (fault.kind() == Fault.Kind.EMPTY_REPLY) {
            return result.getDefaultInstanceForType();
        }
        if (fault.kind() == Fault.Kind.FOREIGN_REPLY && result instanceof SIPOutboundTrunkInfo) {
            return SIPOutboundTrunkInfo.newBuilder().setSipTrunkId(newId("ST_")).setName("Someone else's trunk")
                    .setAddress("elsewhere.example.com").addNumbers("+15550000000").build();
        }
        return result;
    }

    /** Sends a body no client should read whole, and stops when the client hangs up (or after a bound). */
    private static void sendHuge(HttpExchange exchange, boolean declared) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/protobuf");
        exchange.sendResponseHeaders(200, declared ? 5L * 1024 * 1024 * 1024 : 0);
        // Field 15, varint 1, again and again: valid protobuf (unknown fields, kept) that a parser reads forever.
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i += 2) {
            chunk[i] = 0x78;
            chunk[i + 1] = 0x01;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < Fault.HUGE_STREAM_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException clientHungUp) {
            // What a client with a limit does.
        }
    }

    private static void sleep(Fault fault) throws IOException {
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server closing");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Message> decode(Message.Builder builder, byte[] body, boolean json) {
        try {
            if (json) {
                JsonFormat.parser().ignoringUnknownFields().merge(new String(body, StandardCharsets.UTF_8), builder);
            } else {
                builder.mergeFrom(body);
            }
            return Optional.of(builder.build());
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Message dispatch(HttpExchange exchange, String method, Optional<Route> route, String contentType,
                             byte[] body, Optional<Message> decoded) throws TwirpError, PlainUnauthorized {
        String type = mediaType(contentType);
        if (!"POST".equals(exchange.getRequestMethod()) || route.isEmpty()) {
            throw new TwirpError("bad_route", "no handler for path \"" + exchange.getRequestURI().getPath() + "\"",
                    Map.of("twirp_invalid_route", exchange.getRequestMethod() + " "
                            + exchange.getRequestURI().getPath()));
        }
        if (!type.equals("application/json") && !type.equals("application/protobuf")) {
            throw new TwirpError("bad_route", "unexpected Content-Type: \"" + contentType + "\"",
                    Map.of("twirp_invalid_route", "POST " + exchange.getRequestURI().getPath()));
        }
        Grants grants = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean allowed = grants.allow(route.get().need());
        if (!allowed) {
            throw new TwirpError("unauthenticated", "permissions denied");
        }
        if (decoded.isEmpty()) {
            throw new TwirpError("malformed", "the " + (type.endsWith("json") ? "json" : "protobuf")
                    + " request could not be decoded");
        }
        return route.get().handler().handle(this, decoded.get());
    }

    // ---------------------------------------------------------------------------------------------- tokens

    private record Grants(boolean admin, boolean call, boolean roomCreate) {
        static final Grants NONE = new Grants(false, false, false);

        boolean allow(Need need) {
            return switch (need) {
                case SIP_ADMIN -> admin;
                case SIP_CALL -> call;
                case ROOM_CREATE -> roomCreate;
            };
        }
    }

    /** The grant a route needs: SIP admin for trunks and rules, SIP call for calls, roomCreate to delete a room. */
    private enum Need { SIP_ADMIN, SIP_CALL, ROOM_CREATE }

    /** LiveKit refuses a bad key or token before Twirp, with 401 and a plain-text body. */
    static final class PlainUnauthorized extends Exception {
        private static final long serialVersionUID = 1L;

        PlainUnauthorized(String message) {
            super(message);
        }
    }

    private Grants authenticate(String header) throws PlainUnauthorized {
        if (header == null || header.isBlank()) {
            return Grants.NONE;
        }
        if (!header.startsWith("Bearer ")) {
            throw new PlainUnauthorized("invalid authorization header. Must start with Bearer ");
        }
        String token = header.substring("Bearer ".length()).strip();
        DecodedJWT unverified;
        try {
            unverified = JWT.decode(token);
        } catch (JWTDecodeException e) {
            throw new PlainUnauthorized("invalid authorization token: " + e.getMessage());
        }
        String key = unverified.getIssuer();
        String secret = key == null ? null : secrets.get(key);
        if (secret == null) {
            throw new PlainUnauthorized("invalid API key: " + key);
        }
        if (!"HS256".equals(unverified.getAlgorithm())) {
            throw new PlainUnauthorized("invalid authorization token: unexpected signing algorithm");
        }
        if (unverified.getExpiresAt() == null) {
            throw new PlainUnauthorized("invalid authorization token: missing exp claim");
        }
        DecodedJWT verified;
        try {
            java.time.Clock clock = java.time.Clock.offset(java.time.Clock.systemUTC(), clockSkew);
            verified = ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(secret))
                    .withIssuer(key).acceptLeeway(LEEWAY_SECONDS)).build(clock).verify(token);
        } catch (com.auth0.jwt.exceptions.TokenExpiredException e) {
            throw new PlainUnauthorized("invalid authorization token: token is expired");
        } catch (com.auth0.jwt.exceptions.IncorrectClaimException e) {
            throw new PlainUnauthorized("invalid authorization token: token is not valid yet");
        } catch (JWTVerificationException e) {
            throw new PlainUnauthorized("invalid authorization token: error in cryptographic primitive");
        }
        if (keysWithoutSip.contains(key)) {
            return Grants.NONE;
        }
        Map<String, Object> sip = claimMap(verified.getClaim("sip"));
        Map<String, Object> video = claimMap(verified.getClaim("video"));
        return new Grants(Boolean.TRUE.equals(sip.get("admin")), Boolean.TRUE.equals(sip.get("call")),
                Boolean.TRUE.equals(video.get("roomCreate")));
    }

    private static Map<String, Object> claimMap(Claim claim) {
        return claim.isMissing() || claim.isNull() ? Map.of() : claim.asMap();
    }

    // ---------------------------------------------------------------------------------------------- the service

    @FunctionalInterface
    private interface Handler {
        Message handle(LiveKitTestServer server, Message request) throws TwirpError;
    }

    private record Route(Supplier<Message.Builder> request, Need need, Handler handler) {
    }

    private static final Map<String, Route> ROUTES = Map.of(
            "CreateSIPOutboundTrunk", new Route(CreateSIPOutboundTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.createTrunk((CreateSIPOutboundTrunkRequest) r)),
            "ListSIPOutboundTrunk", new Route(ListSIPOutboundTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.listTrunks((ListSIPOutboundTrunkRequest) r)),
            "UpdateSIPOutboundTrunk", new Route(UpdateSIPOutboundTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.updateTrunk((UpdateSIPOutboundTrunkRequest) r)),
            "DeleteSIPTrunk", new Route(DeleteSIPTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.deleteTrunk((DeleteSIPTrunkRequest) r)),
            "CreateSIPDispatchRule", new Route(CreateSIPDispatchRuleRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.createDispatchRule((CreateSIPDispatchRuleRequest) r)),
            "ListSIPDispatchRule", new Route(ListSIPDispatchRuleRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> ListSIPDispatchRuleResponse.newBuilder().addAllItems(s.dispatchRules.values())
                            .build()),
            "CreateSIPInboundTrunk", new Route(CreateSIPInboundTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.createInboundTrunk((CreateSIPInboundTrunkRequest) r)),
            "ListSIPInboundTrunk", new Route(ListSIPInboundTrunkRequest::newBuilder, Need.SIP_ADMIN,
                    (s, r) -> s.listInboundTrunks((ListSIPInboundTrunkRequest) r)),
            "CreateSIPParticipant", new Route(CreateSIPParticipantRequest::newBuilder, Need.SIP_CALL,
                    (s, r) -> s.createParticipant((CreateSIPParticipantRequest) r)),
            "DeleteRoom", new Route(DeleteRoomRequest::newBuilder, Need.ROOM_CREATE,
                    (s, r) -> s.deleteRoom((DeleteRoomRequest) r)));

    /** Ends every call in the room, as LiveKit does when a room is deleted. */
    private Message deleteRoom(DeleteRoomRequest request) {
        deletedRooms.add(request.getRoom());
        calls.removeIf(c -> c.getRoomName().equals(request.getRoom()));
        return DeleteRoomResponse.getDefaultInstance();
    }

    private Message createTrunk(CreateSIPOutboundTrunkRequest request) throws TwirpError {
        if (!request.hasTrunk()) {
            throw ServerValidation.invalid("missing trunk");
        }
        if (!request.getTrunk().getSipTrunkId().isEmpty()) {
            throw ServerValidation.invalid("trunk id must not be set");
        }
        ServerValidation.outboundTrunk(request.getTrunk());
        String id = newTrunkId();
        SIPOutboundTrunkInfo stored = request.getTrunk().toBuilder().setSipTrunkId(id).build();
        trunks.put(id, stored);
        return stored;
    }

    private Message listTrunks(ListSIPOutboundTrunkRequest request) {
        return ListSIPOutboundTrunkResponse.newBuilder().addAllItems(listed(trunks.values(),
                SIPOutboundTrunkInfo::getSipTrunkId, SIPOutboundTrunkInfo::getNumbersList, request.getTrunkIdsList(),
                request.getNumbersList(), request.getPage())).build();
    }

    private Message listInboundTrunks(ListSIPInboundTrunkRequest request) {
        // LiveKit's inbound filter differs from the outbound one: see InboundRules.listedFor.
        return ListSIPInboundTrunkResponse.newBuilder().addAllItems(listed(inboundTrunks.values().stream()
                .filter(t -> InboundRules.listedFor(t, request.getNumbersList())).toList(),
                SIPInboundTrunkInfo::getSipTrunkId, t -> List.of(), request.getTrunkIdsList(),
                List.of(), request.getPage())).build();
    }

    /**
     * Filters by IDs and by numbers (an empty filter lets everything through, one value in common is enough), then
     * pages in ID order: after after_id, at most limit (0: no limit).
     */
    private static <T> List<T> listed(Collection<T> all, Function<T, String> id, Function<T, List<String>> numbers,
                                      List<String> idFilter, List<String> numberFilter, Pagination page) {
        return all.stream()
                .filter(t -> idFilter.isEmpty() || idFilter.contains(id.apply(t)))
                .filter(t -> numberFilter.isEmpty() || numbers.apply(t).stream().anyMatch(numberFilter::contains))
                .sorted(java.util.Comparator.comparing(id))
                .filter(t -> id.apply(t).compareTo(page.getAfterId()) > 0)
                .limit(page.getLimit() > 0 ? page.getLimit() : Long.MAX_VALUE)
                .toList();
    }

    /** As LiveKit: see {@link InboundRules}. */
    private Message createInboundTrunk(CreateSIPInboundTrunkRequest request) throws TwirpError {
        if (!request.hasTrunk()) {
            throw ServerValidation.invalid("missing trunk");
        }
        SIPInboundTrunkInfo trunk = request.getTrunk();
        if (!trunk.getSipTrunkId().isEmpty()) {
            throw ServerValidation.invalid("trunk id must not be set");
        }
        InboundRules.inboundTrunk(trunk);
        InboundRules.trunkConflicts(inboundTrunks.values(), trunk);
        String id = newTrunkId();
        SIPInboundTrunkInfo stored = request.getTrunk().toBuilder().setSipTrunkId(id).build();
        inboundTrunks.put(id, stored);
        return stored;
    }

    private Message updateTrunk(UpdateSIPOutboundTrunkRequest request) throws TwirpError {
        String id = request.getSipTrunkId();
        if (id.isEmpty()) {
            throw ServerValidation.invalid("trunk ID is required");
        }
        if (!trunks.containsKey(id)) {
            throw new TwirpError("not_found", "requested sip trunk does not exist");
        }
        SIPOutboundTrunkInfo next = switch (request.getActionCase()) {
            case REPLACE -> replaced(id, request.getReplace());
            case UPDATE -> PartialUpdate.apply(trunks.get(id), request.getUpdate());
            default -> throw ServerValidation.invalid("missing or unsupported action");
        };
        ServerValidation.outboundTrunk(next);
        SIPOutboundTrunkInfo stored = next.toBuilder().setSipTrunkId(id).build();
        trunks.put(id, stored);
        return stored;
    }

    private static SIPOutboundTrunkInfo replaced(String id, SIPOutboundTrunkInfo replace) throws TwirpError {
        if (!replace.getSipTrunkId().isEmpty() && !replace.getSipTrunkId().equals(id)) {
            throw ServerValidation.invalid("trunk id in the request does not match");
        }
        return replace;
    }

    private Message deleteTrunk(DeleteSIPTrunkRequest request) throws TwirpError {
        String id = request.getSipTrunkId();
        if (id.isEmpty()) {
            throw ServerValidation.invalid("trunk ID is required");
        }
        SIPOutboundTrunkInfo outbound = trunks.remove(id);
        SIPInboundTrunkInfo inbound = outbound == null ? inboundTrunks.remove(id) : null;
        if (outbound == null && inbound == null) {
            throw new TwirpError("not_found", "requested sip trunk does not exist");
        }
        return SIPTrunkInfo.newBuilder().setSipTrunkId(id)
                .setName(outbound != null ? outbound.getName() : inbound.getName()).build();
    }

    private Message createDispatchRule(CreateSIPDispatchRuleRequest request) throws TwirpError {
        SIPDispatchRuleInfo.Builder info = request.hasDispatchRule() ? request.getDispatchRule().toBuilder()
                : legacyRule(request);
        if (request.hasDispatchRule() && !info.getSipDispatchRuleId().isEmpty()) {
            throw ServerValidation.invalid("rule id must not be set");
        }
        InboundRules.dispatchRule(info.build());
        InboundRules.ruleConflicts(dispatchRules.values(), info.build());
        String id = newId("SDR_");
        SIPDispatchRuleInfo stored = info.setSipDispatchRuleId(id).build();
        dispatchRules.put(id, stored);
        return stored;
    }

    /** The request's own fields, from before dispatch_rule (CreateSIPDispatchRuleRequest.DispatchRuleInfo). */
    private static SIPDispatchRuleInfo.Builder legacyRule(CreateSIPDispatchRuleRequest request) {
        SIPDispatchRuleInfo.Builder info = SIPDispatchRuleInfo.newBuilder().addAllTrunkIds(request.getTrunkIdsList())
                .addAllInboundNumbers(request.getInboundNumbersList()).setName(request.getName())
                .setMetadata(request.getMetadata());
        if (request.hasRule()) {
            info.setRule(request.getRule());
        }
        return info;
    }

    private Message createParticipant(CreateSIPParticipantRequest request) throws TwirpError {
        ServerValidation.participant(request);
        if (!request.getSipTrunkId().isEmpty() && !trunks.containsKey(request.getSipTrunkId())) {
            throw new TwirpError("not_found", "requested sip trunk does not exist");
        }
        if (callOutcome.isPresent() && request.getWaitUntilAnswered()) {
            throw callOutcome.get();
        }
        SIPParticipantInfo info = SIPParticipantInfo.newBuilder()
                .setParticipantId(newId("PA_"))
                .setParticipantIdentity(request.getParticipantIdentity().isEmpty()
                        ? "sip_" + request.getSipCallTo() : request.getParticipantIdentity())
                .setRoomName(request.getRoomName())
                .setSipCallId(newId("SCL_"))
                .build();
        calls.add(info);
        return info;
    }

    private String newTrunkId() {
        return Optional.ofNullable(unusualTrunkIds.pollFirst()).orElseGet(() -> newId("ST_"));
    }

    private String newId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            id.append(BASE57.charAt(random.nextInt(BASE57.length())));
        }
        return id.toString();
    }
}
