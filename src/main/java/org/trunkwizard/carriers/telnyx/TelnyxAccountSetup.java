package org.trunkwizard.carriers.telnyx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.carriers.LiveKitSipUri;
import org.trunkwizard.carriers.TelnyxRegion;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.CarrierAccountSetup;
import org.trunkwizard.carriers.setup.OwnedNumber;
import org.trunkwizard.carriers.setup.SetupProgress;
import org.trunkwizard.carriers.setup.SetupRequest;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.TrunkService;

/**
 * Telnyx's side: an outbound voice profile, a credential connection, the numbers (and for incoming calls an FQDN
 * connection to LiveKit); then the LiveKit trunk to the region's SIP proxy. {@code folder} holds the records.
 */
public final class TelnyxAccountSetup implements CarrierAccountSetup {

    private final TelnyxClient telnyx;
    private final TrunkService livekit;
    private final Path folder;
    private final TelnyxRegion region;

    public TelnyxAccountSetup(TelnyxClient telnyx, TrunkService livekit, Path folder, TelnyxRegion region) {
        this.telnyx = telnyx;
        this.livekit = livekit;
        this.folder = folder;
        this.region = region;
    }

    @Override
    public Carrier carrier() {
        return Carrier.TELNYX;
    }

    @Override
    public List<OwnedNumber> numbers() throws CarrierApiException {
        return telnyx.phoneNumbers().stream().map(n -> n.connectionId().isEmpty()
                ? new OwnedNumber(n.id(), n.phoneNumber(), OwnedNumber.Use.FREE, "")
                : new OwnedNumber(n.id(), n.phoneNumber(), OwnedNumber.Use.CONNECTION, n.connectionId())).toList();
    }

    @Override
    public SetupResult plan(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        return apply(request.asDryRun(), progress);
    }

    @Override
    public SetupResult apply(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        return run(TelnyxState.load(folder, request.name()), progress).run(request);
    }

    @Override
    public List<String> verify(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        TelnyxState state = TelnyxState.load(folder, request.name());
        TelnyxState.Created c = state.created;
        if (c.connectionId.isEmpty() || c.livekitTrunkId.isEmpty()) {
            return List.of(Messages.get("carriers.setup.notSetUp", request.name()));
        }
        Optional<String> inboundHost = request.livekitSipUri().flatMap(u -> LiveKitSipUri.parse(u).value())
                .map(LiveKitSipUri::host);
        TelnyxClient.FqdnConnection inbound = c.fqdnConnectionId.isEmpty() ? null
                : new TelnyxClient.FqdnConnection(c.fqdnConnectionId, "");
        String numbersTo = inbound == null ? c.connectionId : inbound.id();
        return run(state, progress).verify(c.connectionId, c.profileId, numbersTo, inbound,
                inbound == null ? Optional.empty() : inboundHost, c.livekitTrunkId, request);
    }

    @Override
    public void undo(String name, SetupProgress progress) throws CarrierApiException, ApiException {
        new TelnyxUndo(telnyx, livekit, TelnyxState.load(folder, name), progress).run();
    }

    @Override
    public boolean hasRecord(String name) {
        return !TelnyxState.load(folder, name).isEmpty();
    }

    private TelnyxSetup run(TelnyxState state, SetupProgress progress) {
        return new TelnyxSetup(telnyx, livekit, state, progress, region.host());
    }
}
