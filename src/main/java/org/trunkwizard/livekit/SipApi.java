package org.trunkwizard.livekit;

import io.livekit.server.AccessToken;
import io.livekit.server.SIPAdmin;
import io.livekit.server.SIPCall;
import io.livekit.server.SipService;
import livekit.LivekitAgentDispatch.RoomAgentDispatch;
import livekit.LivekitRoom.RoomConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import livekit.LivekitSip.CreateSIPDispatchRuleRequest;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.DeleteSIPTrunkRequest;
import livekit.LivekitSip.ListSIPDispatchRuleRequest;
import livekit.LivekitSip.ListSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPDispatchRule;
import livekit.LivekitSip.SIPDispatchRuleDirect;
import livekit.LivekitSip.SIPDispatchRuleIndividual;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPParticipantInfo;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.trunkwizard.livekit.ApiFailures.Operation;
import org.trunkwizard.trunk.TrunkProto;
import org.trunkwizard.trunk.TrunkSpec;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.protobuf.ProtoConverterFactory;

/**
 * {@link TrunkService} over LiveKit's own {@link SipService} (Twirp, protobuf bodies). Requests are built from the
 * generated classes, so every field of a trunk reaches the wire, including the ones the SDK's option classes lack
 * (media encryption, headers). Our own OkHttpClient: fixed timeouts, no logging, no silent retries.
 */
public final class SipApi implements SipSetupService {

    /** Error bodies worth reading are small; a proxy's page is cut here. */
    private static final int MAX_ERROR_BODY = 16 * 1024;

    private final LiveKitConnection connection;
    private final Timeouts timeouts;
    private final OkHttpClient client;
    private final SipService sip;
    private final SipService callSip;

    public SipApi(LiveKitConnection connection) {
        this(connection, Timeouts.DEFAULT);
    }

    public SipApi(LiveKitConnection connection, Timeouts timeouts) {
        this.connection = connection;
        this.timeouts = timeouts;
        this.client = httpClient(timeouts.connect(), timeouts.read());
        this.sip = service(client);
        // Same connection pool and threads, longer patience: LiveKit answers a call only once the carrier has.
        this.callSip = service(client.newBuilder()
                .readTimeout(timeouts.callRead())
                .callTimeout(timeouts.connect().plus(timeouts.callRead()))
                .build());
    }

    private static OkHttpClient httpClient(Duration connect, Duration read) {
        return new OkHttpClient.Builder()
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                // A whole call never outlasts connect + read, even if the server trickles bytes.
                .callTimeout(connect.plus(read))
                // A POST that OkHttp re-sends on its own could create a second trunk: we decide about retries.
                .retryOnConnectionFailure(false)
                // The bearer token must not follow a redirect anywhere.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    private SipService service(OkHttpClient http) {
        return new Retrofit.Builder()
                .baseUrl(connection.baseUrl() + "/")
                .client(http)
                .addConverterFactory(ProtoConverterFactory.create())
                .build()
                .create(SipService.class);
    }

    /** The HTTP client's settings, for tests that check the defaults. */
    OkHttpClient httpClient() {
        return client;
    }

    public LiveKitConnection connection() {
        return connection;
    }

    @Override
    public void testConnection() throws ApiException {
        listTrunks();
    }

    /**
     * Synchronized so that a double click (two creates from one window at once) cannot slip two trunks past the
     * duplicate check: the second waits, then finds the first one's trunk.
     */
    @Override
    public synchronized CreateOutcome createTrunk(TrunkSpec spec) throws ApiException {
        ApiFailures failures = failures(spec.authPassword());
        Optional<StoredTrunk> existing = findSame(spec, listTrunks(failures));
        if (existing.isPresent()) {
            return new CreateOutcome(existing.get(), true);
        }
        CreateSIPOutboundTrunkRequest request = CreateSIPOutboundTrunkRequest.newBuilder()
                .setTrunk(TrunkProto.toProto(spec)).build();
        SIPOutboundTrunkInfo created = execute(sip.createSipOutboundTrunk(request, adminAuth()), failures,
                Operation.TRUNK, timeouts.read());
        return new CreateOutcome(stored(created), false);
    }

    /** A trunk already there with the same name and address: what a retried create left behind. */
    public Optional<StoredTrunk> findSame(TrunkSpec spec) throws ApiException {
        return findSame(spec, listTrunks(failures(spec.authPassword())));
    }

    private static Optional<StoredTrunk> findSame(TrunkSpec spec, List<StoredTrunk> trunks) {
        String name = spec.name().strip();
        String address = spec.address().strip().toLowerCase(Locale.ROOT);
        return trunks.stream()
                .filter(t -> t.spec().name().strip().equals(name)
                        && t.spec().address().strip().toLowerCase(Locale.ROOT).equals(address))
                .findFirst();
    }

    @Override
    public List<StoredTrunk> listTrunks() throws ApiException {
        return listTrunks(failures(null));
    }

    private List<StoredTrunk> listTrunks(ApiFailures failures) throws ApiException {
        return execute(sip.listSipOutboundTrunk(ListSIPOutboundTrunkRequest.getDefaultInstance(), adminAuth()),
                failures, Operation.TRUNK, timeouts.read())
                .getItemsList().stream().map(SipApi::stored).toList();
    }

    /** Asks LiveKit for this ID alone rather than listing every trunk. */
    @Override
    public Optional<StoredTrunk> findTrunk(String trunkId) throws ApiException {
        return execute(sip.listSipOutboundTrunk(ListSIPOutboundTrunkRequest.newBuilder().addTrunkIds(trunkId).build(),
                adminAuth()), failures(null), Operation.TRUNK, timeouts.read())
                .getItemsList().stream().map(SipApi::stored)
                .filter(t -> t.trunkId().equals(trunkId)).findFirst();
    }

    @Override
    public StoredTrunk updateTrunk(String trunkId, TrunkSpec spec) throws ApiException {
        UpdateSIPOutboundTrunkRequest request = UpdateSIPOutboundTrunkRequest.newBuilder()
                .setSipTrunkId(trunkId)
                .setReplace(TrunkProto.toProto(spec))
                .build();
        return stored(execute(sip.updateSipOutboundTrunk(request, adminAuth()), failures(spec.authPassword()),
                Operation.TRUNK, timeouts.read()));
    }

    @Override
    public void deleteTrunk(String trunkId) throws ApiException {
        execute(sip.deleteSipTrunk(DeleteSIPTrunkRequest.newBuilder().setSipTrunkId(trunkId).build(), adminAuth()),
                failures(null), Operation.TRUNK, timeouts.read());
    }

    /** Creates the rule and returns its ID ({@code SDR_...}). */
    public String createDispatchRule(DispatchRule rule) throws ApiException {
        CreateSIPDispatchRuleRequest request = CreateSIPDispatchRuleRequest.newBuilder()
                .setDispatchRule(toProto(rule))
                .build();
        return execute(sip.createSipDispatchRule(request, adminAuth()), failures(null), Operation.DISPATCH_RULE,
                timeouts.read()).getSipDispatchRuleId();
    }

    /** Synchronized for the same reason as {@link #createTrunk}: two clicks must not make two rules. */
    @Override
    public synchronized DispatchRuleOutcome ensureDispatchRule(DispatchRule rule) throws ApiException {
        List<SIPDispatchRuleInfo> rules = listDispatchRules();
        Optional<String> existing = rules.stream()
                .filter(info -> fromProto(info).map(rule::sameAs).orElse(false))
                .map(SIPDispatchRuleInfo::getSipDispatchRuleId)
                .findFirst();
        if (existing.isPresent()) {
            return new DispatchRuleOutcome(existing.get(), true);
        }
        Optional<SIPDispatchRuleInfo> inTheWay = rules.stream().filter(info -> takesCallsOf(info, rule)).findFirst();
        if (inTheWay.isPresent()) {
            throw failures(null).ruleConflict(inTheWay.get().getSipDispatchRuleId(), inTheWay.get().getName());
        }
        return new DispatchRuleOutcome(createDispatchRule(rule), false);
    }

    /**
     * LiveKit refuses a second rule with the same trunk, inbound number and PIN (livekit/sip ValidateDispatchRules).
     * Ours have no number and no PIN, so any such rule naming one of our trunks is in the way.
     */
    private static boolean takesCallsOf(SIPDispatchRuleInfo info, DispatchRule rule) {
        SIPDispatchRule shape = info.getRule();
        String pin = shape.hasDispatchRuleIndividual() ? shape.getDispatchRuleIndividual().getPin()
                : shape.hasDispatchRuleDirect() ? shape.getDispatchRuleDirect().getPin() : "";
        return pin.isEmpty() && info.getInboundNumbersCount() == 0
                && info.getTrunkIdsList().stream().anyMatch(rule.trunkIds()::contains);
    }

    private List<SIPDispatchRuleInfo> listDispatchRules() throws ApiException {
        return execute(sip.listSipDispatchRule(ListSIPDispatchRuleRequest.getDefaultInstance(), adminAuth()),
                failures(null), Operation.DISPATCH_RULE, timeouts.read()).getItemsList();
    }

    private static SIPDispatchRuleInfo toProto(DispatchRule rule) {
        SIPDispatchRule.Builder shape = SIPDispatchRule.newBuilder();
        if (rule.kind() == DispatchRule.Kind.DIRECT) {
            shape.setDispatchRuleDirect(SIPDispatchRuleDirect.newBuilder().setRoomName(rule.room()));
        } else {
            shape.setDispatchRuleIndividual(SIPDispatchRuleIndividual.newBuilder().setRoomPrefix(rule.room()));
        }
        SIPDispatchRuleInfo.Builder info = SIPDispatchRuleInfo.newBuilder()
                .setName(rule.name())
                .addAllTrunkIds(rule.trunkIds())
                .setRule(shape);
        if (!rule.agentName().isEmpty()) {
            // Explicit dispatch: the named agent joins each room this rule makes.
            info.setRoomConfig(RoomConfiguration.newBuilder()
                    .addAgents(RoomAgentDispatch.newBuilder().setAgentName(rule.agentName())));
        }
        return info.build();
    }

    /** The rule as ours, or empty for kinds we do not make (callee rules, PIN-protected rooms). */
    private static Optional<DispatchRule> fromProto(SIPDispatchRuleInfo info) {
        String agent = info.hasRoomConfig() && info.getRoomConfig().getAgentsCount() > 0
                ? info.getRoomConfig().getAgents(0).getAgentName() : "";
        SIPDispatchRule rule = info.getRule();
        if (rule.hasDispatchRuleIndividual() && rule.getDispatchRuleIndividual().getPin().isEmpty()) {
            return Optional.of(new DispatchRule(info.getName(), info.getTrunkIdsList(), DispatchRule.Kind.INDIVIDUAL,
                    rule.getDispatchRuleIndividual().getRoomPrefix(), agent));
        }
        if (rule.hasDispatchRuleDirect() && rule.getDispatchRuleDirect().getPin().isEmpty()) {
            return Optional.of(new DispatchRule(info.getName(), info.getTrunkIdsList(), DispatchRule.Kind.DIRECT,
                    rule.getDispatchRuleDirect().getRoomName(), agent));
        }
        return Optional.empty();
    }

    /** Dials a number through a stored trunk. Needs the SIP call grant, and waits longer than other calls. */
    @Override
    public TestCall.Placed placeTestCall(TestCall call) throws ApiException {
        CreateSIPParticipantRequest.Builder request = CreateSIPParticipantRequest.newBuilder()
                .setSipTrunkId(call.trunkId())
                .setSipCallTo(call.phoneNumber())
                .setRoomName(call.roomName())
                .setParticipantIdentity("trunk-wizard-test-call")
                .setParticipantName("Trunk Wizard test call")
                .setWaitUntilAnswered(call.waitUntilAnswered());
        if (!call.fromNumber().isEmpty()) {
            request.setSipNumber(call.fromNumber());
        }
        SIPParticipantInfo info = execute(callSip.createSipParticipant(request.build(), callAuth()), failures(null),
                Operation.CALL, timeouts.callRead());
        return new TestCall.Placed(info.getParticipantId(), info.getSipCallId(), info.getRoomName());
    }

    private <T> T execute(Call<T> call, ApiFailures failures, Operation operation, Duration read)
            throws ApiException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw failures.fromNetwork(e, timeouts.connect(), read);
        } catch (RuntimeException e) {
            // Retrofit's protobuf converter reports an unparsable body as a RuntimeException.
            throw failures.garbage(e);
        }
        if (response.isSuccessful()) {
            T body = response.body();
            if (body == null) {
                throw failures.garbage(null);
            }
            return body;
        }
        throw failures.fromResponse(response.code(), response.headers().get("Content-Type"),
                errorText(response.errorBody()), operation);
    }

    private static String errorText(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body) {
            return new String(body.byteStream().readNBytes(MAX_ERROR_BODY), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private ApiFailures failures(String trunkPassword) {
        ApiFailures f = new ApiFailures(connection.baseUrl(), connection.apiSecret());
        f.addSecret(trunkPassword);
        return f;
    }

    private String adminAuth() {
        AccessToken token = new AccessToken(connection.apiKey(), connection.apiSecret());
        token.addSIPGrants(new SIPAdmin());
        return "Bearer " + token.toJwt();
    }

    private String callAuth() {
        AccessToken token = new AccessToken(connection.apiKey(), connection.apiSecret());
        token.addSIPGrants(new SIPAdmin(), new SIPCall());
        return "Bearer " + token.toJwt();
    }

    private static StoredTrunk stored(SIPOutboundTrunkInfo info) {
        return new StoredTrunk(info.getSipTrunkId(), TrunkProto.fromProto(info));
    }
}
