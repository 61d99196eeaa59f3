package org.trunkwizard.carriers.twilio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.LiveKitSide;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.carriers.setup.SetupStoppedException;
import org.trunkwizard.carriers.setup.StepReporter;
import org.trunkwizard.carriers.twilio.TwilioClient.IncomingNumber;
import org.trunkwizard.carriers.twilio.TwilioClient.Item;
import org.trunkwizard.carriers.twilio.TwilioClient.Trunk;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.Problem;

/**
 * Sets up both sides: the Twilio trunk (credential list, numbers, optional origination URL), then the LiveKit
 * outbound trunk through {@link TrunkService#createTrunk} so its rules and no-duplicate guarantee apply, then reads
 * both back. Everything is found again by name first, so a rerun creates nothing and a failed run is completed.
 * With {@link SetupRequest#dryRun()} it only reads and reports what it would do.
 */
final class TwilioSetup {

    static final String DOMAIN_SUFFIX = ".pstn.twilio.com";
    /** Attempts at a free domain name: the first is the name itself, then with a short suffix. */
    private static final int DOMAIN_ATTEMPTS = 3;

    private final TwilioClient twilio;
    private final TrunkService livekit;
    private final SetupState state;
    private final SetupProgress progress;
    private final StepReporter steps;
    private final LiveKitSide liveKitSide;

    TwilioSetup(TwilioClient twilio, TrunkService livekit, SetupState state, SetupProgress progress) {
        this.twilio = twilio;
        this.livekit = livekit;
        this.state = state;
        this.progress = progress;
        this.steps = new StepReporter(progress);
        this.liveKitSide = new LiveKitSide(livekit, steps);
    }

    SetupResult run(SetupRequest request) throws CarrierApiException, ApiException {
        boolean dry = request.dryRun();
        List<String> warnings = new ArrayList<>();
        List<IncomingNumber> chosen = ownedNumbers(request, warnings);
        warnings.addAll(dialingPermissions(request.countries()));
        Trunk trunk = trunk(request, dry);
        Item list = credentialList(request, dry);
        Optional<String> password = Optional.empty();
        Optional<StoredTrunk> existing = trunk == null ? Optional.empty()
                : livekitTrunk(request.name(), trunk.domainName());
        if (list != null) {
            password = credential(list, request.username(), existing.isEmpty(), dry);
        }
        if (trunk != null && list != null) {
            attachList(trunk, list, dry);
        }
        for (IncomingNumber n : chosen) {
            attachNumber(trunk, n, dry);
        }
        if (request.livekitSipUri().isPresent() && trunk != null) {
            originationUrl(trunk, request, dry);
        }
        if (dry || trunk == null) {
            String domain = trunk == null ? request.slug() + DOMAIN_SUFFIX : trunk.domainName();
            step(existing.isPresent() ? "reuse" : "create", "livekit trunk " + request.name() + " -> " + domain,
                    "planned");
            return result(trunk == null ? "" : trunk.sid(), domain, list == null ? "" : list.sid(),
                    existing.map(StoredTrunk::trunkId).orElse(""), List.of(), warnings, Optional.empty());
        }
        StoredTrunk lk = existing.isPresent() ? reused(existing.get(), password)
                : createLivekit(request, trunk, password.orElseThrow());
        List<String> differences = verify(trunk.sid(), lk.trunkId(), trunk.domainName(), request);
        return result(trunk.sid(), trunk.domainName(), list.sid(), lk.trunkId(), differences, warnings, password);
    }

    List<String> verify(String trunkSid, String livekitTrunkId, String domain, SetupRequest request)
            throws CarrierApiException, ApiException {
        List<String> differences = new TwilioVerify(twilio, livekit).differences(trunkSid, livekitTrunkId, domain,
                request.numbers(), request.username());
        step("verify", "twilio trunk " + trunkSid + " + livekit trunk " + livekitTrunkId,
                differences.isEmpty() ? "matches" : "differs");
        return differences;
    }

    static SetupResult result(String trunkSid, String domain, String listSid, String livekitTrunkId,
                              List<String> differences, List<String> warnings, Optional<String> password) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put("trunk_sid", trunkSid);
        ids.put("domain_name", domain);
        ids.put("credential_list_sid", listSid);
        return new SetupResult(Carrier.TWILIO, trunkSid, ids, livekitTrunkId, differences, warnings, password);
    }

    /**
     * Every number must be the account's. One on another trunk or an app is refused before anything changes, unless
     * the admin asked to move it; then where it was is recorded so undo can put it back. A dry run shows it.
     */
    private List<IncomingNumber> ownedNumbers(SetupRequest request, List<String> warnings) throws CarrierApiException {
        Map<String, IncomingNumber> owned = twilio.incomingNumbers().stream()
                .collect(Collectors.toMap(IncomingNumber::phoneNumber, Function.identity(), (a, b) -> a));
        List<IncomingNumber> chosen = new ArrayList<>();
        for (String number : request.numbers()) {
            IncomingNumber n = owned.get(number);
            if (n == null) {
                throw refusal(Messages.get("twilio.setup.notOwned", number), Messages.get("twilio.setup.notOwned.hint"));
            }
            boolean otherTrunk = !n.trunkSid().isEmpty() && !n.trunkSid().equals(state.created.trunkSid);
            boolean app = n.trunkSid().isEmpty() && !n.voiceApplicationSid().isEmpty();
            if ((otherTrunk || app) && !request.moveNumbers()) {
                String inUse = Messages.get("twilio.setup.inUse", number, otherTrunk ? n.trunkSid()
                        : n.voiceApplicationSid());
                if (!request.dryRun()) {
                    throw refusal(inUse, Messages.get("carriers.setup.inUse.hint"));
                }
                step("move", "number " + number + " from " + (otherTrunk ? "trunk " + n.trunkSid()
                        : "app " + n.voiceApplicationSid()), "in use");
                warnings.add(inUse + " " + Messages.get("carriers.setup.inUse.hint"));
                continue;
            }
            chosen.add(n);
        }
        return chosen;
    }

    /** Where a number is now, as recorded for undo: "trunk:TK...", "app:AP...", or "" when free or ours. */
    private String before(IncomingNumber n) {
        String recorded = state.created.movedFrom.get(n.sid());
        if (recorded != null) {
            return recorded;
        }
        if (!n.trunkSid().isEmpty() && !n.trunkSid().equals(state.created.trunkSid)) {
            return "trunk:" + n.trunkSid();
        }
        return n.trunkSid().isEmpty() && !n.voiceApplicationSid().isEmpty() ? "app:" + n.voiceApplicationSid() : "";
    }

    /** Read only: turning a country on is a choice with a toll-fraud cost, left to the admin. */
    private List<String> dialingPermissions(List<String> countries) throws CarrierApiException {
        List<String> warnings = new ArrayList<>();
        for (String iso : countries) {
            boolean enabled = twilio.lowRiskDialingEnabled(iso);
            step("check", "dialing permission " + iso, enabled ? "enabled" : "disabled");
            if (!enabled) {
                warnings.add(Messages.get("twilio.setup.countryOff", iso));
            }
        }
        return warnings;
    }

    private Trunk trunk(SetupRequest request, boolean dry) throws CarrierApiException {
        Optional<Trunk> found = twilio.trunks().stream()
                .filter(t -> t.sid().equals(state.created.trunkSid) || t.friendlyName().equals(request.name()))
                .findFirst();
        if (found.isPresent()) {
            if (!dry && !found.get().sid().equals(state.created.trunkSid)) {
                // Not ours to delete (unless our own create's reply was lost), but undo needs its SID to take back
                // what we attach to it.
                state.created.trunkSid = found.get().sid();
                state.created.trunk = state.created.trunkPending;
                state.created.trunkPending = false;
                state.save();
            }
            step("reuse", "twilio trunk " + request.name() + " (" + found.get().sid() + ")", "reused");
            return found.get();
        }
        if (dry) {
            step("create", "twilio trunk " + request.name() + " (" + request.slug() + DOMAIN_SUFFIX + ")", "planned");
            return null;
        }
        TwilioException last = null;
        for (int i = 0; i < DOMAIN_ATTEMPTS; i++) {
            String label = i == 0 ? request.slug() : request.slug() + "-" + Long.toHexString(
                    Double.doubleToLongBits(Math.random())).substring(0, 4);
            try {
                state.created.trunkPending = true;
                state.save();
                Trunk made = twilio.createTrunk(request.name(), label + DOMAIN_SUFFIX);
                state.created.trunkSid = made.sid();
                state.created.trunk = true;
                state.created.trunkPending = false;
                state.save();
                step("create", "twilio trunk " + request.name() + " (" + made.sid() + ")", "created");
                return made;
            } catch (TwilioException e) {
                // A taken domain is a 4xx; anything else (auth, 5xx) will not get better with another name.
                if (e.retryable() || e.status() == 0 || e.status() >= 500) {
                    throw e; // outcome unknown: the pending mark stays, so a trunk found by name is ours
                }
                state.created.trunkPending = false; // a refusal made nothing
                state.save();
                if (e.status() == 401 || e.status() == 403) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private Item credentialList(SetupRequest request, boolean dry) throws CarrierApiException {
        Optional<Item> found = twilio.credentialLists().stream()
                .filter(l -> l.sid().equals(state.created.credentialListSid)
                        || l.name().equals(request.credentialListName()))
                .findFirst();
        if (found.isPresent()) {
            if (!dry && !found.get().sid().equals(state.created.credentialListSid)) {
                state.created.credentialListSid = found.get().sid();
                state.created.credentialList = state.created.credentialListPending;
                state.created.credentialListPending = false;
                state.save();
            }
            step("reuse", "twilio credential list " + request.credentialListName(), "reused");
            return found.get();
        }
        if (dry) {
            step("create", "twilio credential list " + request.credentialListName(), "planned");
            return null;
        }
        state.created.credentialListPending = true;
        state.save();
        Item made = twilio.createCredentialList(request.credentialListName());
        state.created.credentialListSid = made.sid();
        state.created.credentialList = true;
        state.created.credentialListPending = false;
        state.save();
        step("create", "twilio credential list " + request.credentialListName(), "created");
        return made;
    }

    /**
     * Makes sure the credential exists; returns a password only when this run set one. When LiveKit still needs the
     * password, a new one is set on an existing credential: Twilio never shows an old one.
     */
    private Optional<String> credential(Item list, String username, boolean needPassword, boolean dry) throws CarrierApiException {
        Optional<Item> found = twilio.credentials(list.sid()).stream().filter(c -> c.name().equals(username))
                .findFirst();
        String target = "twilio credential " + username;
        if (dry) {
            step(found.isPresent() ? (needPassword ? "update" : "reuse") : "create", target, "planned");
            return Optional.empty();
        }
        if (found.isPresent() && !needPassword) {
            step("reuse", target, "reused");
            return Optional.empty();
        }
        String password = PasswordGenerator.generate();
        if (found.isPresent()) {
            twilio.setCredentialPassword(list.sid(), found.get().sid(), password);
            step("update", target + " (new password)", "updated");
            return Optional.of(password);
        }
        Item made = twilio.createCredential(list.sid(), username, password);
        state.created.credentialSid = made.sid();
        state.save();
        step("create", target, "created");
        return Optional.of(password);
    }

    private void attachList(Trunk trunk, Item list, boolean dry) throws CarrierApiException {
        String target = "credential list on twilio trunk " + trunk.sid();
        if (twilio.trunkCredentialLists(trunk.sid()).stream().anyMatch(l -> l.sid().equals(list.sid()))) {
            step("attach", target, "already");
            return;
        }
        if (dry) {
            step("attach", target, "planned");
            return;
        }
        twilio.attachCredentialList(trunk.sid(), list.sid());
        state.created.credentialListAttached = true;
        state.save();
        step("attach", target, "attached");
    }

    private void attachNumber(Trunk trunk, IncomingNumber n, boolean dry) throws CarrierApiException {
        String before = before(n);
        boolean moving = !before.isEmpty();
        String target = "number " + n.phoneNumber() + (moving ? " from " + before.replace(':', ' ') : "")
                + " on twilio trunk";
        if (trunk != null && n.trunkSid().equals(trunk.sid())) {
            step("attach", target, "already");
            return;
        }
        if (dry || trunk == null) {
            step(moving ? "move" : "attach", target, "planned");
            return;
        }
        if (moving) {
            // Recorded before the change: a failure right after it must still let undo put the number back.
            state.created.movedFrom.put(n.sid(), before);
            state.save();
            if (before.startsWith("trunk:")) {
                twilio.detachNumber(n.trunkSid(), n.sid());
            }
        }
        twilio.attachNumber(trunk.sid(), n.sid());
        state.created.numberSids.add(n.sid());
        state.save();
        step(moving ? "move" : "attach", target, moving ? "moved" : "attached");
    }

    private void originationUrl(Trunk trunk, SetupRequest request, boolean dry) throws CarrierApiException {
        String uri = request.livekitSipUri().orElseThrow();
        String target = "origination url " + uri;
        if (twilio.originationUrls(trunk.sid()).stream().anyMatch(u -> u.name().equalsIgnoreCase(uri))) {
            step("create", target, "already");
            return;
        }
        if (dry) {
            step("create", target, "planned");
            return;
        }
        Item made = twilio.createOriginationUrl(trunk.sid(), "LiveKit", uri);
        state.created.originationUrlSid = made.sid();
        state.save();
        step("create", target, "created");
    }

    private Optional<StoredTrunk> livekitTrunk(String name, String domain) throws ApiException {
        return liveKitSide.find(state.created.livekitTrunkId,
                t -> name.equals(t.spec().name()) && domain.equalsIgnoreCase(t.spec().address()));
    }

    private StoredTrunk reused(StoredTrunk trunk, Optional<String> newPassword) throws ApiException,
            SetupStoppedException {
        return liveKitSide.reuse(trunk, newPassword);
    }

    private StoredTrunk createLivekit(SetupRequest request, Trunk trunk, String password) throws ApiException, SetupStoppedException {
        TrunkSpec spec = TrunkSpec.builder().name(request.name()).address(trunk.domainName())
                .numbers(request.numbers()).authUsername(request.username()).authPassword(password).build();
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

    static TwilioException refusal(String message, String hint) {
        return new TwilioException(Problem.error("numbers", message, hint), false, 0);
    }
}
