package org.trunkwizard.carriers.setup;

import java.util.List;
import org.trunkwizard.carriers.CarrierApiException;
import org.trunkwizard.livekit.ApiException;

/**
 * Both sides of a trunk set up through a carrier's API: the carrier's parts, then the LiveKit outbound trunk through
 * the existing create (its rules and no-duplicate guarantee), then both read back. One implementation per carrier;
 * the window and the CLI drive it alike. Every method blocks: call it off the UI thread.
 *
 * <p>Idempotent: everything is found again by name or recorded ID, so a rerun creates nothing and completes a run
 * that failed or was stopped part way. What this tool created is recorded (IDs only, never a secret) in the
 * config folder, so {@link #undo} removes that and nothing else.
 */
public interface CarrierAccountSetup {

    Carrier carrier();

    /** The account's numbers and their current use; one cheap read, also a check of the credentials. */
    List<OwnedNumber> numbers() throws CarrierApiException;

    /** What {@link #apply} would do, step by step ("planned", "reused", "already"); only reads. */
    SetupResult plan(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException;

    /** Carrier side, LiveKit trunk, then {@link #verify}; with {@link SetupRequest#dryRun()} the same as plan. */
    SetupResult apply(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException;

    /** Reads both sides of the setup named {@code request.name()} back; the differences, empty when they match. */
    List<String> verify(SetupRequest request, SetupProgress progress) throws CarrierApiException, ApiException;

    /** Removes what the setup named {@code name} created (newest first) and puts moved numbers back. */
    void undo(String name, SetupProgress progress) throws CarrierApiException, ApiException;

    /** Whether anything is recorded for the setup named {@code name}: whether undo has something to do. */
    boolean hasRecord(String name);
}
