package org.trunkwizard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.CreateOutcome;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

/**
 * A test double that behaves like LiveKit's server for the window's flow: it refuses what the server refuses
 * (a SIP URI as address, no numbers, a set key that is wrong), keeps what it created, returns an existing trunk
 * on a repeated create, and can be told to fail the next creates with a given problem.
 */
final class FakeTrunkService implements TrunkService {

    static final String KEY = "APIfake";
    static final String SECRET = "fake-secret";

    final Map<String, StoredTrunk> trunks = new LinkedHashMap<>();
    final List<TrunkSpec> received = new ArrayList<>();
    private final List<Problem> failures = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private String key = KEY;
    private String secret = SECRET;

    /** The factory the window gets: a wrong key or secret fails as LiveKit's 401 does, naming the field. */
    TrunkServiceFactory factory() {
        return (url, apiKey, apiSecret) -> {
            key = apiKey;
            secret = apiSecret;
            return this;
        };
    }

    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    /** Makes creates hang, as a slow network does, until the latch opens (or the waiting thread is interrupted). */
    void blockCreatesUntil(java.util.concurrent.CountDownLatch latch) {
        gate = latch;
    }

    synchronized void failNextCreate(Problem p) {
        failures.add(p);
    }

    @Override
    public void testConnection() throws ApiException {
        checkKey();
    }

    @Override
    public CreateOutcome createTrunk(TrunkSpec spec) throws ApiException {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(Problem.error("", "interrupted", ""), true, e);
        }
        return store(spec);
    }

    private synchronized CreateOutcome store(TrunkSpec spec) throws ApiException {
        checkKey();
        received.add(spec);
        if (!failures.isEmpty()) {
            throw new ApiException(failures.remove(0), true, null);
        }
        if (spec.numbers().isEmpty()) {
            throw new ApiException(Problem.error("numbers", "no trunk numbers specified", ""), false, null);
        }
        String a = spec.address();
        if (a.isEmpty() || a.startsWith("sip:") || a.startsWith("sips:") || a.contains("@") || a.contains(";")) {
            throw new ApiException(Problem.error("address",
                    "trunk address should be a hostname or IP, not SIP URI", ""), false, null);
        }
        for (StoredTrunk t : trunks.values()) {
            if (t.spec().name().equals(spec.name()) && t.spec().address().equals(a)) {
                return new CreateOutcome(t, true);
            }
        }
        String id = String.format("ST_fake%07d", ids.incrementAndGet());
        StoredTrunk stored = new StoredTrunk(id, spec);
        trunks.put(id, stored);
        return new CreateOutcome(stored, false);
    }

    private void checkKey() throws ApiException {
        if (!KEY.equals(key) || !SECRET.equals(secret)) {
            throw new ApiException(Problem.error("api_key", "invalid API key", "Check the key and secret."),
                    false, null);
        }
    }

    @Override
    public List<StoredTrunk> listTrunks() {
        return List.copyOf(trunks.values());
    }

    @Override
    public StoredTrunk updateTrunk(String trunkId, org.trunkwizard.trunk.TrunkPatch patch) {
        return replaceTrunk(trunkId, patch.applyTo(trunks.get(trunkId).spec()));
    }

    @Override
    public StoredTrunk replaceTrunk(String trunkId, TrunkSpec spec) {
        StoredTrunk t = new StoredTrunk(trunkId, spec);
        trunks.put(trunkId, t);
        return t;
    }

    @Override
    public void deleteTrunk(String trunkId) {
        trunks.remove(trunkId);
    }
}
