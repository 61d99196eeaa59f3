package org.trunkwizard.ui.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.CreateOutcome;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

/**
 * Behaves like a LiveKit project for rotation: one URL, key and secret it accepts, trunks kept in a map, an update
 * of an unknown trunk refused as "not found", and an update that can be told to fail as the server would.
 */
final class LiveKitDouble implements TrunkService {

    static final String URL = "wss://acme-voice.livekit.cloud";
    static final String HOST = "acme-voice.livekit.cloud";
    static final String KEY = "APIacme";
    static final String SECRET = "acme-api-secret";

    final Map<String, StoredTrunk> trunks = new LinkedHashMap<>();
    final List<String> updated = new ArrayList<>();
    private ApiException nextUpdateFailure;

    /** Connects like the real factory: a wrong URL, key or secret is refused, naming the field. */
    TrunkServiceFactory factory() {
        return (url, apiKey, apiSecret) -> {
            if (!URL.equals(url) || !KEY.equals(apiKey) || !SECRET.equals(apiSecret)) {
                throw new ApiException(Problem.error("api_key", "invalid API key or secret", ""), false, null);
            }
            return this;
        };
    }

    synchronized void failNextUpdate(ApiException failure) {
        nextUpdateFailure = failure;
    }

    synchronized void put(String trunkId, TrunkSpec spec) {
        trunks.put(trunkId, new StoredTrunk(trunkId, spec));
    }

    synchronized String passwordOf(String trunkId) {
        return trunks.get(trunkId).spec().authPassword();
    }

    @Override
    public void testConnection() {
    }

    @Override
    public CreateOutcome createTrunk(TrunkSpec spec) {
        throw new UnsupportedOperationException("rotation never creates");
    }

    @Override
    public synchronized List<StoredTrunk> listTrunks() {
        return List.copyOf(trunks.values());
    }

    @Override
    public synchronized StoredTrunk updateTrunk(String trunkId, org.trunkwizard.trunk.TrunkPatch patch)
            throws ApiException {
        StoredTrunk stored = trunks.get(trunkId);
        return replaceTrunk(trunkId, stored == null ? patch.values() : patch.applyTo(stored.spec()));
    }

    @Override
    public synchronized StoredTrunk replaceTrunk(String trunkId, TrunkSpec spec) throws ApiException {
        if (nextUpdateFailure != null) {
            ApiException failure = nextUpdateFailure;
            nextUpdateFailure = null;
            throw failure;
        }
        if (!trunks.containsKey(trunkId)) {
            throw new ApiException(Problem.error("trunk_id", "trunk " + trunkId + " not found", ""), false, null);
        }
        updated.add(trunkId);
        StoredTrunk t = new StoredTrunk(trunkId, spec);
        trunks.put(trunkId, t);
        return t;
    }

    @Override
    public synchronized void deleteTrunk(String trunkId) {
        trunks.remove(trunkId);
    }
}
