package org.trunkwizard.livekit;

import io.livekit.server.AccessToken;
import io.livekit.server.RoomCreate;
import io.livekit.server.RoomService;
import io.livekit.server.SIPAdmin;
import io.livekit.server.SIPCall;
import io.livekit.server.SIPGrant;
import io.livekit.server.SipService;
import io.livekit.server.VideoGrant;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import livekit.LivekitAgentDispatch.RoomAgentDispatch;
import livekit.LivekitRoom.DeleteRoomRequest;
import livekit.LivekitRoom.RoomConfiguration;
import livekit.LivekitSip.CreateSIPDispatchRuleRequest;
import livekit.LivekitSip.CreateSIPInboundTrunkRequest;
import livekit.LivekitSip.CreateSIPOutboundTrunkRequest;
import livekit.LivekitSip.CreateSIPParticipantRequest;
import livekit.LivekitSip.DeleteSIPTrunkRequest;
import livekit.LivekitSip.ListSIPDispatchRuleRequest;
import livekit.LivekitSip.ListSIPInboundTrunkRequest;
import livekit.LivekitSip.ListSIPOutboundTrunkRequest;
import livekit.LivekitSip.SIPDispatchRule;
import livekit.LivekitSip.SIPDispatchRuleDirect;
import livekit.LivekitSip.SIPDispatchRuleIndividual;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;
import livekit.LivekitSip.SIPOutboundTrunkInfo;
import livekit.LivekitSip.SIPParticipantInfo;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.trunkwizard.livekit.ApiFailures.Operation;
import org.trunkwizard.trunk.TrunkPatch;
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
    /** One request needs minutes at most; LiveKit allows a minute of clock skew either way. */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final LiveKitConnection connection;
    private final Timeouts timeouts;
    private final OkHttpClient client;
    private final SipService sip;
    private final SipService callSip;
    private final RoomService rooms;
    private final CreateTurns turns;
    private final String projectKey;
    private final PendingCreates pending;
    private volatile java.util.function.Consumer<Duration> awaitingEarlierCreate = wait -> { };

    public SipApi(LiveKitConnection connection) {
        this(connection, Timeouts.DEFAULT);
    }

    public SipApi(LiveKitConnection connection, Timeouts timeouts) {
        this(connection, timeouts, org.trunkwizard.config.AppDirs.configDir());
    }

    /** @param stateDir where creates take turns and remember unknown outcomes (the config folder; tests: a temp one) */
    public SipApi(LiveKitConnection connection, Timeouts timeouts, Path stateDir) {
        this.connection = connection;
        this.timeouts = timeouts;
        this.client = httpClient(timeouts.connect(), timeouts.read());
        this.sip = service(client, SipService.class);
        // Same connection pool and threads, longer patience: LiveKit answers a call only once the carrier has.
        this.callSip = service(client.newBuilder()
                .readTimeout(timeouts.callRead())
                .callTimeout(timeouts.connect().plus(timeouts.callRead()))
                .build(), SipService.class);
        this.rooms = service(client, RoomService.class);
        this.turns = new CreateTurns(stateDir);
        this.projectKey = CreateTurns.projectKey(connection);
        this.pending = new PendingCreates(turns.folder(), projectKey);
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
                .addInterceptor(new ReplySizeLimit(ReplySizeLimit.MAX_BYTES))
                .build();
    }

    private <S> S service(OkHttpClient http, Class<S> type) {
        return new Retrofit.Builder()
                .baseUrl(connection.baseUrl() + "/")
                .client(http)
                .addConverterFactory(ProtoConverterFactory.create())
                .build()
                .create(type);
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
     * Creates the trunk unless it is there already. Creates of one project take turns ({@link CreateTurns}: every
     * thread and process on this computer), so the list before the create sees what an earlier turn made. A create
     * whose outcome stayed unknown is remembered ({@link PendingCreates}): the next one waits a while for it to land
     * before making another. After a create, one more list shows a twin made meanwhile (from another computer).
     */
    @Override
    public CreateOutcome createTrunk(TrunkSpec spec) throws ApiException {
        ApiFailures failures = failures(spec.authPassword());
        return inTurn(failures, () -> createInTurn(spec, failures));
    }

    /** Work that lists and then creates: it must not run beside another create of this project. */
    private interface TurnWork<T> {
        T run() throws ApiException;
    }

    private <T> T inTurn(ApiFailures failures, TurnWork<T> work) throws ApiException {
        try (CreateTurns.Turn turn = turns.take(projectKey)) {
            return work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.cancelled();
        } catch (java.nio.channels.ClosedByInterruptException | java.nio.channels.FileLockInterruptionException e) {
            throw failures.cancelled();
        } catch (IOException e) {
            throw failures.noTurn(turns.folder());
        }
    }

    private CreateOutcome createInTurn(TrunkSpec spec, ApiFailures failures) throws ApiException {
        Optional<StoredTrunk> existing = findSame(spec, listTrunks(failures));
        Optional<Instant> earlier = pending.sentAt(spec);
        if (existing.isEmpty() && earlier.isPresent()) {
            existing = awaitLanding(spec, earlier.get(), failures);
        }
        if (existing.isPresent()) {
            pending.forget(spec);
            return new CreateOutcome(existing.get(), true);
        }
        pending.remember(connection.baseUrl(), spec, Instant.now());
        CreateSIPOutboundTrunkRequest request = CreateSIPOutboundTrunkRequest.newBuilder()
                .setTrunk(TrunkProto.toProto(spec)).build();
        Response<SIPOutboundTrunkInfo> response;
        try {
            response = send(sip.createSipOutboundTrunk(request, adminAuth()), failures, timeouts.read());
        } catch (ApiException e) {
            if (neverLeft(e)) {
                pending.forget(spec);
            }
            throw e;
        }
        if (!response.isSuccessful()) {
            // LiveKit answered with an error: it made nothing.
            pending.forget(spec);
            throw refusal(response, failures, Operation.TRUNK);
        }
        SIPOutboundTrunkInfo created = response.body();
        if (created == null || created.getSipTrunkId().isBlank()
                || findSame(spec, List.of(stored(created))).isEmpty()) {
            // The marker stays: whether LiveKit made the trunk is unknown, the next create lists and waits.
            throw failures.unexpectedCreateReply();
        }
        pending.forget(spec);
        StoredTrunk trunk = stored(created);
        return new CreateOutcome(trunk, false, twinsOf(trunk, spec, failures));
    }

    /** One look at what LiveKit holds for something a create may have made. */
    private interface Lookup<T> {
        Optional<T> find() throws ApiException;
    }

    private Optional<StoredTrunk> awaitLanding(TrunkSpec spec, Instant sentAt, ApiFailures failures)
            throws ApiException {
        return awaitLanding(() -> findSame(spec, listTrunks(failures)), sentAt, failures);
    }

    /**
     * An earlier create may still land: look until it does, or until it is older than several times our own
     * patience (a request LiveKit holds that long has been dropped).
     */
    private <T> Optional<T> awaitLanding(Lookup<T> lookup, Instant sentAt, ApiFailures failures)
            throws ApiException {
        Instant giveUp = sentAt.plus(settleWindow());
        if (Instant.now().isBefore(giveUp)) {
            awaitingEarlierCreate.accept(Duration.between(Instant.now(), giveUp));
        }
        Duration pause = timeouts.read().dividedBy(2).compareTo(Duration.ofSeconds(1)) < 0
                ? timeouts.read().dividedBy(2) : Duration.ofSeconds(1);
        while (Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failures.cancelled();
            }
            Optional<T> landed = lookup.find();
            if (landed.isPresent()) {
                return landed;
            }
        }
        return Optional.empty();
    }

    /** How long after sending a create whose outcome is unknown it may still land. */
    Duration settleWindow() {
        return timeouts.connect().plus(timeouts.read()).multipliedBy(4);
    }

    /** Other trunks with this name and address, made while this run created its own (e.g. by another computer). */
    private List<String> twinsOf(StoredTrunk made, TrunkSpec spec, ApiFailures failures) {
        try {
            return listTrunks(failures).stream().filter(t -> !t.trunkId().equals(made.trunkId()))
                    .filter(t -> findSame(spec, List.of(t)).isPresent())
                    .map(StoredTrunk::trunkId).toList();
        } catch (ApiException e) {
            // The trunk was made; a failed second look is no reason to report a failure.
            return List.of();
        }
    }

    /** The request never reached LiveKit: nothing can land later. */
    private static boolean neverLeft(ApiException e) {
        Throwable c = e.getCause();
        return c instanceof ConnectException || c instanceof UnknownHostException
                || c instanceof NoRouteToHostException;
    }

    /** Told how long, at most, a create will list and wait for an earlier create of the same trunk to land. */
    public void onAwaitingEarlierCreate(java.util.function.Consumer<Duration> notice) {
        awaitingEarlierCreate = notice;
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

    /**
     * LiveKit's partial update where it covers the fields; otherwise the stored trunk, read now, with the patch
     * applied and sent back whole, so fields this SDK does not know travel back as protobuf kept them.
     */
    @Override
    public StoredTrunk updateTrunk(String trunkId, TrunkPatch patch) throws ApiException {
        UpdateSIPOutboundTrunkRequest.Builder request = UpdateSIPOutboundTrunkRequest.newBuilder()
                .setSipTrunkId(trunkId);
        if (patch.partialUpdateCovers()) {
            request.setUpdate(patch.toUpdate());
        } else {
            StoredTrunk stored = findTrunk(trunkId).orElseThrow(() -> failures(null).noSuchTrunk(trunkId));
            request.setReplace(patch.applyTo(TrunkProto.toProto(stored.spec())));
        }
        return update(request.build(), patch.values().authPassword());
    }

    @Override
    public StoredTrunk replaceTrunk(String trunkId, TrunkSpec spec) throws ApiException {
        return update(UpdateSIPOutboundTrunkRequest.newBuilder().setSipTrunkId(trunkId)
                .setReplace(TrunkProto.toProto(spec)).build(), spec.authPassword());
    }

    private StoredTrunk update(UpdateSIPOutboundTrunkRequest request, String password) throws ApiException {
        return stored(execute(sip.updateSipOutboundTrunk(request, adminAuth()), failures(password),
                Operation.TRUNK, timeouts.read()));
    }

    @Override
    public void deleteTrunk(String trunkId) throws ApiException {
        execute(sip.deleteSipTrunk(DeleteSIPTrunkRequest.newBuilder().setSipTrunkId(trunkId).build(), adminAuth()),
                failures(null), Operation.TRUNK, timeouts.read());
    }

    /**
     * Sends the create. The marker is written before it leaves and stays when the outcome is unknown (no reply, Stop,
     * an unexpected reply), so the next try looks for what this one may have made before sending another.
     */
    private <T> T createRemembered(PendingCreates.Marker marker, Call<T> call, ApiFailures failures,
                                   Operation operation, java.util.function.Predicate<T> made) throws ApiException {
        pending.remember(connection.baseUrl(), marker, Instant.now());
        Response<T> response;
        try {
            response = send(call, failures, timeouts.read());
        } catch (ApiException e) {
            if (neverLeft(e)) {
                pending.forget(marker);
            }
            throw e;
        }
        if (!response.isSuccessful()) {
            // LiveKit answered with an error: it made nothing.
            pending.forget(marker);
            throw refusal(response, failures, operation);
        }
        T body = response.body();
        if (body == null || !made.test(body)) {
            throw failures.unexpectedCreateReply();
        }
        pending.forget(marker);
        return body;
    }

    /**
     * An inbound trunk for the outbound trunk's numbers, so calls to them reach LiveKit. An inbound trunk that
     * already takes every one of those numbers is reused; otherwise one is made, in a create turn (like
     * {@link #createTrunk}), so reruns and parallel runs leave one.
     *
     * @param name the new trunk's name; empty: the outbound trunk's name marked as incoming
     */
    @Override
    public InboundTrunkOutcome ensureInboundTrunkLike(String outboundTrunkId, String name, InboundAccess access)
            throws ApiException {
        ApiFailures failures = failures(access.authPassword());
        List<org.trunkwizard.validation.Problem> unusable =
                org.trunkwizard.validation.AllowedAddresses.check(access.allowedAddresses());
        if (!unusable.isEmpty()) {
            // Never sent: LiveKit would store it and then take calls from anywhere.
            throw new ApiException(unusable.get(0), false, null);
        }
        StoredTrunk outbound = findTrunk(outboundTrunkId).orElseThrow(() -> inboundOrMissing(outboundTrunkId));
        List<String> numbers = outbound.spec().numbers();
        PendingCreates.Marker marker = PendingCreates.inboundTrunk(numbers.stream()
                .map(LiveKitNumbers::normalize).toList());
        return inTurn(failures, () -> {
            Optional<SIPInboundTrunkInfo> covering = covering(numbers, listInboundTrunks(failures));
            Optional<Instant> earlier = pending.sentAt(marker);
            if (covering.isEmpty() && earlier.isPresent()) {
                covering = awaitLanding(() -> covering(numbers, listInboundTrunks(failures)), earlier.get(),
                        failures);
            }
            if (covering.isPresent()) {
                pending.forget(marker);
                return InboundTrunkOutcome.reused(covering.get(), access);
            }
            String chosen = name == null || name.isBlank()
                    ? org.trunkwizard.i18n.Messages.get("livekit.inbound.defaultName", outbound.spec().name().strip())
                    : name.strip();
            SIPInboundTrunkInfo.Builder trunk = SIPInboundTrunkInfo.newBuilder().setName(chosen)
                    .addAllNumbers(numbers)
                    .addAllAllowedAddresses(access.allowedAddresses().stream().map(String::strip).toList());
            if (access.hasCredentials()) {
                trunk.setAuthUsername(access.authUsername()).setAuthPassword(access.authPassword());
            }
            CreateSIPInboundTrunkRequest request = CreateSIPInboundTrunkRequest.newBuilder().setTrunk(trunk).build();
            SIPInboundTrunkInfo made = createRemembered(marker, sip.createSipInboundTrunk(request, adminAuth()),
                    failures, Operation.TRUNK, t -> !t.getSipTrunkId().isBlank()
                            && covering(numbers, List.of(t)).isPresent());
            return InboundTrunkOutcome.of(made, false);
        });
    }

    /**
     * An inbound trunk that takes calls to every one of these numbers from anyone (no allowed caller numbers), the
     * numbers compared as LiveKit compares them.
     */
    private static Optional<SIPInboundTrunkInfo> covering(List<String> numbers, List<SIPInboundTrunkInfo> trunks) {
        java.util.Set<String> wanted = numbers.stream().map(LiveKitNumbers::normalize)
                .collect(java.util.stream.Collectors.toSet());
        return trunks.stream().filter(t -> t.getAllowedNumbersCount() == 0)
                .filter(t -> t.getNumbersList().stream().map(LiveKitNumbers::normalize).toList().containsAll(wanted))
                .findFirst();
    }

    /** Given an inbound trunk where an outbound one belongs, or an unknown ID. */
    private ApiException inboundOrMissing(String trunkId) {
        try {
            if (findInboundTrunk(trunkId).isPresent()) {
                return failures(null).alreadyInbound(trunkId);
            }
        } catch (ApiException e) {
            return e;
        }
        return failures(null).noSuchTrunk(trunkId);
    }

    /** Every inbound trunk of the project. */
    @Override
    public List<InboundTrunkOutcome> listInboundTrunks() throws ApiException {
        return listInboundTrunks(failures(null)).stream().map(t -> InboundTrunkOutcome.of(t, true)).toList();
    }

    private List<SIPInboundTrunkInfo> listInboundTrunks(ApiFailures failures) throws ApiException {
        return execute(sip.listSIPInboundTrunk(ListSIPInboundTrunkRequest.getDefaultInstance(), adminAuth()),
                failures, Operation.TRUNK, timeouts.read()).getItemsList();
    }

    /**
     * In a create turn (every thread and process on this computer), so two clicks or two runs cannot make two rules;
     * a create whose outcome is unknown is looked for before another is sent.
     */
    @Override
    public DispatchRuleOutcome ensureDispatchRule(DispatchRule rule) throws ApiException {
        for (String trunkId : rule.trunkIds()) {
            requireInbound(trunkId);
        }
        ApiFailures failures = failures(null);
        PendingCreates.Marker marker = PendingCreates.dispatchRule(rule.trunkIds());
        return inTurn(failures, () -> {
            List<SIPDispatchRuleInfo> rules = listDispatchRuleInfos();
            Optional<String> existing = same(rule, rules);
            Optional<Instant> earlier = pending.sentAt(marker);
            if (existing.isEmpty() && earlier.isPresent()) {
                // The earlier create may have had other settings (Stop, then another agent name): what lands is
                // then in the way rather than the same, and waiting on for "the same" would be in vain.
                Optional<List<SIPDispatchRuleInfo>> landed = awaitLanding(() -> {
                    List<SIPDispatchRuleInfo> now = listDispatchRuleInfos();
                    return now.stream().anyMatch(info -> takesCallsOf(info, rule)) ? Optional.of(now)
                            : Optional.empty();
                }, earlier.get(), failures);
                rules = landed.isPresent() ? landed.get() : listDispatchRuleInfos();
                existing = same(rule, rules);
            }
            if (existing.isPresent()) {
                pending.forget(marker);
                return new DispatchRuleOutcome(existing.get(), true);
            }
            Optional<SIPDispatchRuleInfo> inTheWay = rules.stream().filter(info -> takesCallsOf(info, rule))
                    .findFirst();
            if (inTheWay.isPresent()) {
                pending.forget(marker);
                throw failures.ruleConflict(inTheWay.get().getSipDispatchRuleId(), inTheWay.get().getName());
            }
            CreateSIPDispatchRuleRequest request = CreateSIPDispatchRuleRequest.newBuilder()
                    .setDispatchRule(toProto(rule)).build();
            SIPDispatchRuleInfo made = createRemembered(marker, sip.createSipDispatchRule(request, adminAuth()),
                    failures, Operation.DISPATCH_RULE, info -> !info.getSipDispatchRuleId().isBlank()
                            && same(rule, List.of(info)).isPresent());
            return new DispatchRuleOutcome(made.getSipDispatchRuleId(), false);
        });
    }

    /** Sends a create as it is, without looking first or remembering it: LiveKit's own checks, for tests. */
    String createDispatchRule(DispatchRule rule) throws ApiException {
        CreateSIPDispatchRuleRequest request = CreateSIPDispatchRuleRequest.newBuilder()
                .setDispatchRule(toProto(rule)).build();
        return execute(sip.createSipDispatchRule(request, adminAuth()), failures(null), Operation.DISPATCH_RULE,
                timeouts.read()).getSipDispatchRuleId();
    }

    private static Optional<String> same(DispatchRule rule, List<SIPDispatchRuleInfo> rules) {
        return rules.stream().filter(info -> fromProto(info).map(rule::sameAs).orElse(false))
                .map(SIPDispatchRuleInfo::getSipDispatchRuleId).findFirst();
    }

    /**
     * LiveKit takes any ID in a rule's trunk list, but matches rules only against calls coming in on inbound trunks:
     * a rule naming an outbound trunk (what the guide suggests) would be accepted and never match.
     */
    private void requireInbound(String trunkId) throws ApiException {
        if (findInboundTrunk(trunkId).isPresent()) {
            return;
        }
        throw findTrunk(trunkId).isPresent() ? failures(null).outboundTrunkForRule(trunkId)
                : failures(null).noSuchTrunk(trunkId);
    }

    /** Asks LiveKit for this inbound trunk alone. */
    private Optional<SIPInboundTrunkInfo> findInboundTrunk(String trunkId) throws ApiException {
        return execute(sip.listSIPInboundTrunk(ListSIPInboundTrunkRequest.newBuilder().addTrunkIds(trunkId).build(),
                adminAuth()), failures(null), Operation.TRUNK, timeouts.read())
                .getItemsList().stream().filter(t -> t.getSipTrunkId().equals(trunkId)).findFirst();
    }

    /**
     * LiveKit refuses a second rule with the same trunk, called number, caller number and PIN, an empty list meaning
     * "any" (livekit/protocol sip/sip.go DispatchRuleValidator.Validate). Ours set no numbers and no PIN, so a rule
     * is in the way when it names one of our trunks and sets none of those either, whatever its kind.
     */
    private static boolean takesCallsOf(SIPDispatchRuleInfo info, DispatchRule rule) {
        SIPDispatchRule shape = info.getRule();
        String pin = switch (shape.getRuleCase()) {
            case DISPATCH_RULE_INDIVIDUAL -> shape.getDispatchRuleIndividual().getPin();
            case DISPATCH_RULE_DIRECT -> shape.getDispatchRuleDirect().getPin();
            case DISPATCH_RULE_CALLEE -> shape.getDispatchRuleCallee().getPin();
            default -> "";
        };
        return pin.isEmpty() && info.getInboundNumbersCount() == 0 && info.getNumbersCount() == 0
                && info.getTrunkIdsList().stream().anyMatch(rule.trunkIds()::contains);
    }

    /** Every dispatch rule of the project, also the kinds this tool does not make. */
    @Override
    public List<StoredDispatchRule> listDispatchRules() throws ApiException {
        return listDispatchRuleInfos().stream().map(info -> new StoredDispatchRule(info.getSipDispatchRuleId(),
                fromProto(info).orElseGet(() -> new DispatchRule(info.getName(), info.getTrunkIdsList(),
                        DispatchRule.Kind.OTHER, "", agentOf(info))))).toList();
    }

    private List<SIPDispatchRuleInfo> listDispatchRuleInfos() throws ApiException {
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

    private static String agentOf(SIPDispatchRuleInfo info) {
        return info.hasRoomConfig() && info.getRoomConfig().getAgentsCount() > 0
                ? info.getRoomConfig().getAgents(0).getAgentName() : "";
    }

    /** The rule as ours, or empty for kinds we do not make (callee rules, PIN-protected rooms). */
    private static Optional<DispatchRule> fromProto(SIPDispatchRuleInfo info) {
        String agent = agentOf(info);
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
        ApiFailures failures = failures(null);
        SIPParticipantInfo info;
        try {
            info = execute(callSip.createSipParticipant(request.build(), callAuth()), failures, Operation.CALL,
                    timeouts.callRead());
        } catch (ApiException e) {
            if (Thread.currentThread().isInterrupted()) {
                endCall(call.roomName(), failures);
            }
            throw e;
        }
        return new TestCall.Placed(info.getParticipantId(), info.getSipCallId(), info.getRoomName());
    }

    /**
     * Stop on a ringing test call: cancelling our request does not end the call LiveKit placed. Deleting the call's
     * room (ours alone, made up for this call) hangs it up. Sent with the interrupt set aside, then restored.
     */
    private void endCall(String roomName, ApiFailures failures) {
        boolean interrupted = Thread.interrupted();
        try {
            // Whatever LiveKit answers, there is nothing more to do. Retrofit has already read and closed the body:
            // closing its raw response again throws IllegalStateException.
            send(rooms.deleteRoom(DeleteRoomRequest.newBuilder().setRoom(roomName).build(), roomAuth()), failures,
                    timeouts.read());
        } catch (ApiException e) {
            // Best effort: the carrier's ringing timeout ends the call anyway.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T execute(Call<T> call, ApiFailures failures, Operation operation, Duration read)
            throws ApiException {
        Response<T> response = send(call, failures, read);
        if (!response.isSuccessful()) {
            throw refusal(response, failures, operation);
        }
        T body = response.body();
        if (body == null) {
            throw failures.garbage(null);
        }
        return body;
    }

    /**
     * Sends and waits for the answer. The blocking call runs on a helper thread and the caller's wait is
     * interruptible: a thread interrupt (the window's Stop) cancels the HTTP call itself ({@code Call.cancel()}),
     * which a blocking OkHttp call would ignore.
     */
    private <T> Response<T> send(Call<T> call, ApiFailures failures, Duration read) throws ApiException {
        CompletableFuture<Response<T>> answer = new CompletableFuture<>();
        Thread sender = new Thread(() -> {
            try {
                answer.complete(call.execute());
            } catch (IOException | RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, "livekit-request");
        // A daemon: a request in flight never keeps the window's process alive.
        sender.setDaemon(true);
        sender.start();
        try {
            return answer.get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw failures.cancelled();
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException io) {
                throw failures.fromNetwork(io, timeouts.connect(), read);
            }
            // Retrofit's protobuf converter reports an unparsable body as a RuntimeException.
            throw failures.garbage(t);
        }
    }

    private static ApiException refusal(Response<?> response, ApiFailures failures, Operation operation) {
        return failures.fromResponse(response.code(), response.headers().get("Content-Type"),
                errorText(response.errorBody()), operation, response.headers().get("Retry-After"));
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
        return bearer(List.of(new SIPAdmin()), List.of());
    }

    private String callAuth() {
        return bearer(List.of(new SIPAdmin(), new SIPCall()), List.of());
    }

    private String roomAuth() {
        return bearer(List.of(), List.of(new RoomCreate(true)));
    }

    /** A token for one request: valid from now (LiveKit allows a minute of skew) for ten minutes, not six hours. */
    private String bearer(List<SIPGrant> sipGrants, List<VideoGrant> videoGrants) {
        AccessToken token = new AccessToken(connection.apiKey(), connection.apiSecret());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        token.setNotBefore(Date.from(now));
        token.setExpiration(Date.from(now.plus(TOKEN_LIFETIME)));
        token.addSIPGrants(sipGrants);
        token.addGrants(videoGrants);
        return "Bearer " + token.toJwt();
    }

    private static StoredTrunk stored(SIPOutboundTrunkInfo info) {
        return new StoredTrunk(info.getSipTrunkId(), TrunkProto.fromProto(info));
    }
}
