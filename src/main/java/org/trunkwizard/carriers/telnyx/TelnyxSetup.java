package org.trunkwizard.carriers.telnyx;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.LiveKitSipUri;
import org.trunkwizard.carriers.TelnyxHeader;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.LiveKitSide;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.carriers.setup.SetupStoppedException;
import org.trunkwizard.carriers.setup.StepReporter;
import org.trunkwizard.carriers.telnyx.TelnyxClient.Connection;
import org.trunkwizard.carriers.telnyx.TelnyxClient.FqdnConnection;
import org.trunkwizard.carriers.telnyx.TelnyxClient.PhoneNumber;
import org.trunkwizard.carriers.telnyx.TelnyxClient.Profile;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.Problem;

/**
 * Sets up both sides for Telnyx: an outbound voice profile (the countries to call), a credential connection (user
 * name and password, the profile, call parking off), the numbers; for incoming calls an FQDN connection pointing at
 * LiveKit's SIP host with the numbers on it (Telnyx sends a number's calls to the connection it is assigned to, and
 * a credential connection only reaches a device that registers, which LiveKit does not). Then the LiveKit trunk
 * through {@link TrunkService#createTrunk} with the X-Telnyx-Username header, then both read back. Everything is
 * found again by recorded ID or name, so a rerun creates nothing and a failed run is completed.
 */
final class TelnyxSetup {

    /** LiveKit's SIP service listens for carriers on 5060 (facts file, carriers table). */
    static final int INBOUND_PORT = 5060;
    private static final String RANDOM_CHARS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int USER_NAME_ATTEMPTS = 3;

    private final TelnyxClient telnyx;
    private final TrunkService livekit;
    private final TelnyxState state;
    private final SetupProgress progress;
    private final StepReporter steps;
    private final LiveKitSide liveKitSide;
    private final String sipHost;

    TelnyxSetup(TelnyxClient telnyx, TrunkService livekit, TelnyxState state, SetupProgress progress, String sipHost) {
        this.telnyx = telnyx;
        this.livekit = livekit;
        this.state = state;
        this.progress = progress;
        this.steps = new StepReporter(progress);
        this.liveKitSide = new LiveKitSide(livekit, steps);
        this.sipHost = sipHost;
    }

    static String inboundName(SetupRequest request) {
        return request.name() + " inbound";
    }

    SetupResult run(SetupRequest request) throws CarrierApiException, ApiException {
        boolean dry = request.dryRun();
        Optional<String> inboundHost = request.livekitSipUri().flatMap(u -> LiveKitSipUri.parse(u).value())
                .map(LiveKitSipUri::host);
        List<Connection> connections = telnyx.credentialConnections();
        Optional<Connection> foundConnection = connections.stream()
                .filter(c -> c.id().equals(state.created.connectionId)).findFirst()
                .or(() -> connections.stream().filter(c -> c.name().equals(request.name())).findFirst());
        Optional<FqdnConnection> foundInbound = inboundHost.isEmpty() ? Optional.empty()
                : telnyx.fqdnConnections().stream().filter(c -> c.id().equals(state.created.fqdnConnectionId)
                        || c.name().equals(inboundName(request))).findFirst();
        List<String> own = new ArrayList<>(state.ownConnections());
        foundConnection.ifPresent(c -> own.add(c.id()));
        foundInbound.ifPresent(c -> own.add(c.id()));
        List<String> warnings = new ArrayList<>();
        Map<PhoneNumber, String> chosen = ownedNumbers(request, own, warnings);
        if (foundConnection.isPresent() && !ours(foundConnection.get())
                && livekitTrunk(request.name(), foundConnection.get().userName()).isEmpty()) {
            // LiveKit would need its password, which Telnyx never shows: a new one would lock out whatever uses it.
            throw refusal(Messages.get("telnyx.setup.notOurConnection", request.name(), foundConnection.get().id()),
                    Messages.get("telnyx.setup.notOurConnection.hint"));
        }

        Profile profile = profile(request, dry, warnings);
        Connection connection = null;
        Optional<String> password = Optional.empty();
        if (foundConnection.isPresent()) {
            connection = reuseConnection(foundConnection.get(), dry);
        } else if (dry) {
            step("create", "telnyx connection " + request.name(), "planned");
        } else {
            password = Optional.of(PasswordGenerator.generate());
            connection = createConnection(request, profile, password.get());
        }
        String userName = connection == null ? "" : connection.userName();
        Optional<StoredTrunk> existing = connection == null ? Optional.empty()
                : livekitTrunk(request.name(), userName);
        if (connection != null) {
            outbound(connection, profile, dry);
            if (password.isEmpty() && existing.isEmpty()) {
                password = newPassword(connection, dry);
            }
        }
        FqdnConnection inbound = null;
        if (inboundHost.isPresent()) {
            inbound = inbound(request, profile, foundInbound, inboundHost.get(), dry);
        }
        String numbersTo = inbound != null ? inbound.id() : connection != null ? connection.id() : "";
        for (Map.Entry<PhoneNumber, String> n : chosen.entrySet()) {
            assign(n.getKey(), n.getValue(), numbersTo, dry);
        }
        if (dry || connection == null) {
            step(existing.isPresent() ? "reuse" : "create", "livekit trunk " + request.name() + " -> " + sipHost,
                    "planned");
            return result(connection, profile, inbound, existing.map(StoredTrunk::trunkId).orElse(""), List.of(),
                    warnings, Optional.empty());
        }
        StoredTrunk lk = existing.isPresent() ? reused(existing.get(), password)
                : createLivekit(request, userName, password.orElseThrow());
        List<String> differences = verify(connection.id(), profile.id(), numbersTo, inbound, inboundHost,
                lk.trunkId(), request);
        return result(connection, profile, inbound, lk.trunkId(), differences, warnings, password);
    }

    List<String> verify(String connectionId, String profileId, String numbersTo, FqdnConnection inbound,
                        Optional<String> inboundHost, String livekitTrunkId, SetupRequest request)
            throws CarrierApiException, ApiException {
        List<String> differences = new TelnyxVerify(telnyx, livekit).differences(connectionId, profileId, numbersTo,
                inbound == null ? "" : inbound.id(), inboundHost, livekitTrunkId, sipHost, request.numbers());
        step("verify", "telnyx connection " + connectionId + " + livekit trunk " + livekitTrunkId,
                differences.isEmpty() ? "matches" : "differs");
        return differences;
    }

    static SetupResult result(Connection connection, Profile profile, FqdnConnection inbound, String livekitTrunkId,
                              List<String> differences, List<String> warnings, Optional<String> password) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("connection_id", connection == null ? "" : connection.id());
        ids.put("user_name", connection == null ? "" : connection.userName());
        ids.put("outbound_voice_profile_id", profile == null ? "" : profile.id());
        if (inbound != null) {
            ids.put("fqdn_connection_id", inbound.id());
        }
        return new SetupResult(Carrier.TELNYX, connection == null ? "" : connection.id(), ids, livekitTrunkId,
                differences, warnings, password);
    }

    /**
     * Every number must be the account's; one on a connection that is not this setup's is refused unless the admin
     * asked to move it (then the connection it came from is recorded, so undo can put it back). A dry run shows it.
     */
    private Map<PhoneNumber, String> ownedNumbers(SetupRequest request, List<String> own, List<String> warnings)
            throws CarrierApiException {
        List<PhoneNumber> owned = telnyx.phoneNumbers();
        Map<PhoneNumber, String> chosen = new LinkedHashMap<>();
        for (String number : request.numbers()) {
            PhoneNumber n = owned.stream().filter(p -> p.phoneNumber().equals(number)).findFirst()
                    .orElseThrow(() -> refusal(Messages.get("telnyx.setup.notOwned", number),
                            Messages.get("telnyx.setup.notOwned.hint")));
            boolean elsewhere = !n.connectionId().isEmpty() && !own.contains(n.connectionId());
            if (elsewhere && !request.moveNumbers()) {
                if (!request.dryRun()) {
                    throw refusal(Messages.get("telnyx.setup.inUse", number, n.connectionId()),
                            Messages.get("carriers.setup.inUse.hint"));
                }
                step("move", "number " + number + " from connection " + n.connectionId(), "in use");
                warnings.add(Messages.get("telnyx.setup.inUse", number, n.connectionId()) + " "
                        + Messages.get("carriers.setup.inUse.hint"));
                continue;
            }
            // Where it was before this tool first touched it; a rerun must not forget that.
            String before = state.created.assignedFrom.getOrDefault(n.id(), elsewhere ? n.connectionId() : "");
            chosen.put(n, before);
        }
        return chosen;
    }

    private Profile profile(SetupRequest request, boolean dry, List<String> warnings) throws CarrierApiException {
        List<Profile> profiles = telnyx.outboundVoiceProfiles();
        Optional<Profile> found = profiles.stream().filter(p -> p.id().equals(state.created.profileId)).findFirst()
                .or(() -> profiles.stream().filter(p -> p.name().equals(request.name())).findFirst());
        List<String> countries = request.countries().isEmpty() ? List.of("US", "CA") : request.countries();
        if (found.isPresent()) {
            if (!dry && !found.get().id().equals(state.created.profileId)) {
                state.created.profileId = found.get().id();
                state.created.profile = state.created.profilePending;
                state.created.profilePending = false;
                state.save();
            }
            step("reuse", "telnyx outbound voice profile " + request.name() + " (" + found.get().id() + ")",
                    "reused");
            for (String iso : request.countries()) {
                boolean allowed = found.get().destinations().contains(iso);
                step("check", "destination " + iso, allowed ? "allowed" : "not allowed");
                if (!allowed) {
                    // Widening a profile the admin may share with other connections is their choice, in the portal.
                    warnings.add(Messages.get("telnyx.setup.countryOff", iso, request.name()));
                }
            }
            return found.get();
        }
        String target = "telnyx outbound voice profile " + request.name() + " (" + String.join(",", countries) + ")";
        if (dry) {
            step("create", target, "planned");
            return null;
        }
        state.created.profilePending = true;
        state.save();
        Profile made = telnyx.createOutboundVoiceProfile(request.name(), countries);
        state.created.profileId = made.id();
        state.created.profile = true;
        state.created.profilePending = false;
        state.save();
        step("create", target, "created");
        return made;
    }

    /** Made by this tool: recorded as created, or a create whose reply was lost (found by name while pending). */
    private boolean ours(Connection found) {
        return found.id().equals(state.created.connectionId) ? state.created.connection
                : state.created.connectionPending;
    }

    private Connection reuseConnection(Connection found, boolean dry) throws SetupStoppedException {
        if (!dry && !found.id().equals(state.created.connectionId)) {
            // Not ours to delete (unless our own create's reply was lost), but undo needs its ID to take back what
            // we assign to it.
            state.created.connectionId = found.id();
            state.created.userName = found.userName();
            state.created.connection = state.created.connectionPending;
            state.created.connectionPending = false;
            state.save();
        }
        step("reuse", "telnyx connection " + found.name() + " (" + found.id() + ")", "reused");
        return found;
    }

    private Connection createConnection(SetupRequest request, Profile profile, String password)
            throws CarrierApiException {
        if (state.created.userName.isEmpty()) {
            state.created.userName = userName(request);
            state.save();
        }
        state.created.connectionPending = true;
        state.save();
        Connection made = null;
        for (int attempt = 1; made == null; attempt++) {
            try {
                made = telnyx.createCredentialConnection(request.name(), state.created.userName, password,
                        profile.id());
            } catch (TelnyxException e) {
                // Another Telnyx customer holds the name: a new random tail, kept so a rerun does not reuse it.
                if (e.status() != 422 || !"/user_name".equals(e.pointer()) || attempt >= USER_NAME_ATTEMPTS) {
                    throw e;
                }
                state.created.userName = userName(request);
                state.save();
            }
        }
        state.created.connectionId = made.id();
        state.created.connection = true;
        state.created.connectionPending = false;
        state.save();
        step("create", "telnyx connection " + request.name() + " (" + made.id() + ", user " + made.userName() + ")",
                "created");
        return made;
    }

    /**
     * Telnyx user names are unique across all of Telnyx, not just this account: the name alone would collide with
     * another customer's, so a random tail follows it (4-32 letters and digits either way).
     */
    static String userName(SetupRequest request) {
        String base = request.username();
        base = base.length() > 24 ? base.substring(0, 24) : base;
        StringBuilder b = new StringBuilder(base);
        for (int i = 0; i < 8; i++) {
            b.append(RANDOM_CHARS.charAt(RANDOM.nextInt(RANDOM_CHARS.length())));
        }
        return b.toString();
    }

    /** The profile on the connection and parking off: without either, calls fail or are parked. */
    private void outbound(Connection connection, Profile profile, boolean dry) throws CarrierApiException {
        String target = "profile on telnyx connection " + connection.id() + ", call parking off";
        if (profile != null && profile.id().equals(connection.outboundVoiceProfileId()) && !connection.callParking()) {
            step("attach", target, "already");
            return;
        }
        if (dry || profile == null) {
            step("attach", target, "planned");
            return;
        }
        telnyx.setConnectionOutbound(connection.id(), profile.id());
        step("attach", target, "attached");
    }

    /** Telnyx never shows a password again: when LiveKit still needs it, the connection gets a new one. */
    private Optional<String> newPassword(Connection connection, boolean dry) throws CarrierApiException {
        String target = "telnyx connection " + connection.id() + " (new password)";
        if (dry) {
            step("update", target, "planned");
            return Optional.empty();
        }
        String password = PasswordGenerator.generate();
        telnyx.setConnectionPassword(connection.id(), password);
        step("update", target, "updated");
        return Optional.of(password);
    }

    private FqdnConnection inbound(SetupRequest request, Profile profile, Optional<FqdnConnection> found, String host,
                                   boolean dry) throws CarrierApiException {
        FqdnConnection inbound;
        if (found.isPresent()) {
            inbound = found.get();
            if (!dry && !inbound.id().equals(state.created.fqdnConnectionId)) {
                state.created.fqdnConnectionId = inbound.id();
                state.created.fqdnConnection = state.created.fqdnConnectionPending;
                state.created.fqdnConnectionPending = false;
                state.save();
            }
            step("reuse", "telnyx fqdn connection " + inbound.name() + " (" + inbound.id() + ")", "reused");
        } else if (dry || profile == null) {
            step("create", "telnyx fqdn connection " + inboundName(request), "planned");
            step("create", "fqdn " + host + ":" + INBOUND_PORT, "planned");
            return null;
        } else {
            state.created.fqdnConnectionPending = true;
            state.save();
            inbound = telnyx.createFqdnConnection(inboundName(request), profile.id());
            state.created.fqdnConnectionId = inbound.id();
            state.created.fqdnConnection = true;
            state.created.fqdnConnectionPending = false;
            state.save();
            step("create", "telnyx fqdn connection " + inboundName(request) + " (" + inbound.id() + ")", "created");
        }
        String target = "fqdn " + host + ":" + INBOUND_PORT;
        if (telnyx.fqdns(inbound.id()).stream().anyMatch(f -> f.fqdn().equalsIgnoreCase(host))) {
            step("create", target, "already");
            return inbound;
        }
        if (dry) {
            step("create", target, "planned");
            return inbound;
        }
        TelnyxClient.Fqdn made = telnyx.createFqdn(inbound.id(), host, INBOUND_PORT);
        state.created.fqdnId = made.id();
        state.save();
        step("create", target, "created");
        return inbound;
    }

    private void assign(PhoneNumber n, String before, String connectionId, boolean dry) throws CarrierApiException {
        boolean moving = !before.isEmpty();
        String target = "number " + n.phoneNumber() + (moving ? " from connection " + before : "")
                + " on telnyx connection" + (connectionId.isEmpty() ? "" : " " + connectionId);
        if (!connectionId.isEmpty() && n.connectionId().equals(connectionId)) {
            step("attach", target, "already");
            return;
        }
        if (dry || connectionId.isEmpty()) {
            step(moving ? "move" : "attach", target, "planned");
            return;
        }
        // Recorded before the change: a failure right after it must still let undo put the number back.
        state.created.assignedFrom.put(n.id(), before);
        state.save();
        telnyx.assignNumber(n.id(), connectionId);
        step(moving ? "move" : "attach", target, moving ? "moved" : "attached");
    }

    private Optional<StoredTrunk> livekitTrunk(String name, String userName) throws ApiException {
        return liveKitSide.find(state.created.livekitTrunkId, t -> name.equals(t.spec().name())
                && sipHost.equalsIgnoreCase(t.spec().address()) && userName.equals(t.spec().authUsername()));
    }

    private StoredTrunk reused(StoredTrunk trunk, Optional<String> newPassword) throws ApiException,
            SetupStoppedException {
        return liveKitSide.reuse(trunk, newPassword);
    }

    private StoredTrunk createLivekit(SetupRequest request, String userName, String password)
            throws ApiException, SetupStoppedException {
        TrunkSpec spec = TelnyxHeader.sync(TrunkSpec.builder().name(request.name()).address(sipHost)
                .numbers(request.numbers()).authUsername(userName).authPassword(password).build());
        return liveKitSide.create(spec, id -> {
            state.created.livekitTrunkId = id;
            state.created.livekitTrunk = true;
            state.save();
        });
    }

    /** Reported once the step's change is recorded, so a stop right after it leaves a state a rerun completes. */
    private void step(String action, String target, String result) throws SetupStoppedException {
        steps.step(action, target, result);
    }

    static TelnyxException refusal(String message, String hint) {
        return new TelnyxException(Problem.error("numbers", message, hint), false, 0);
    }
}
