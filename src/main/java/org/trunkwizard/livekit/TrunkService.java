package org.trunkwizard.livekit;

import java.util.List;
import java.util.Optional;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * What the window and the CLI ask of LiveKit. {@link SipApi} is the real implementation over the SDK.
 * Every method may block on the network: never call it on the FX thread. Failures are {@link ApiException}s
 * whose {@link ApiException#problem()} names the field to fix in words a user understands.
 */
public interface TrunkService {

    /** One cheap authenticated call that proves URL, key, secret and the SIP admin grant. */
    void testConnection() throws ApiException;

    /**
     * Creates the trunk, unless a trunk with the same name and address already exists: then that one is returned
     * with {@link CreateOutcome#alreadyExisted()} true, so a retried create never leaves two trunks.
     */
    CreateOutcome createTrunk(TrunkSpec spec) throws ApiException;

    List<StoredTrunk> listTrunks() throws ApiException;

    /** One trunk by its ID, or empty when this project has none with it. */
    default Optional<StoredTrunk> findTrunk(String trunkId) throws ApiException {
        return listTrunks().stream().filter(t -> t.trunkId().equals(trunkId)).findFirst();
    }

    /** Replaces the whole trunk (LiveKit's update semantics). */
    StoredTrunk updateTrunk(String trunkId, TrunkSpec spec) throws ApiException;

    void deleteTrunk(String trunkId) throws ApiException;
}
