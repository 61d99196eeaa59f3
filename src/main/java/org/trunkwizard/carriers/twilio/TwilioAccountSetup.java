package org.trunkwizard.carriers.twilio;

import java.nio.file.Path;
import java.util.List;
import org.trunkwizard.carriers.CarrierApiException;
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
 * Twilio's side: an Elastic SIP trunk, a credential list with one credential on its termination, the numbers, an
 * optional origination URL; then the LiveKit trunk. {@code folder} holds the records of what was created.
 */
public final class TwilioAccountSetup implements CarrierAccountSetup {

    private final TwilioClient twilio;
    private final TrunkService livekit;
    private final Path folder;

    public TwilioAccountSetup(TwilioClient twilio, TrunkService livekit, Path folder) {
        this.twilio = twilio;
        this.livekit = livekit;
        this.folder = folder;
    }

    @Override
    public Carrier carrier() {
        return Carrier.TWILIO;
    }

    @Override
    public List<OwnedNumber> numbers() throws CarrierApiException {
        return twilio.incomingNumbers().stream().map(TwilioAccountSetup::owned).toList();
    }

    static OwnedNumber owned(TwilioClient.IncomingNumber n) {
        if (!n.trunkSid().isEmpty()) {
            return new OwnedNumber(n.sid(), n.phoneNumber(), OwnedNumber.Use.TRUNK, n.trunkSid());
        }
        if (!n.voiceApplicationSid().isEmpty()) {
            return new OwnedNumber(n.sid(), n.phoneNumber(), OwnedNumber.Use.APP, n.voiceApplicationSid());
        }
        return n.voiceUrl().isEmpty() ? new OwnedNumber(n.sid(), n.phoneNumber(), OwnedNumber.Use.FREE, "")
                : new OwnedNumber(n.sid(), n.phoneNumber(), OwnedNumber.Use.URL, n.voiceUrl());
    }

    @Override
    public SetupResult plan(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        return apply(request.asDryRun(), progress);
    }

    @Override
    public SetupResult apply(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        return new TwilioSetup(twilio, livekit, SetupState.load(folder, request.name()), progress).run(request);
    }

    @Override
    public List<String> verify(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException {
        SetupState state = SetupState.load(folder, request.name());
        if (state.created.trunkSid.isEmpty() || state.created.livekitTrunkId.isEmpty()) {
            return List.of(Messages.get("carriers.setup.notSetUp", request.name()));
        }
        String domain = twilio.trunk(state.created.trunkSid).domainName();
        return new TwilioSetup(twilio, livekit, state, progress).verify(state.created.trunkSid,
                state.created.livekitTrunkId, domain, request);
    }

    @Override
    public void undo(String name, SetupProgress progress) throws CarrierApiException, ApiException {
        new TwilioUndo(twilio, livekit, SetupState.load(folder, name), progress).run();
    }

    @Override
    public boolean hasRecord(String name) {
        return !SetupState.load(folder, name).isEmpty();
    }
}
