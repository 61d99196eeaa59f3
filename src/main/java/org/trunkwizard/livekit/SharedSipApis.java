package org.trunkwizard.livekit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link SipApi} per connection for the whole process: the window's tasks (create, retry, dispatch rule, test
 * call) then share one HTTP client and one SipApi, so a rule guarded in SipApi sees every task, not only its own.
 */
public final class SharedSipApis {

    private static final Map<String, SipApi> BY_CONNECTION = new ConcurrentHashMap<>();

    private SharedSipApis() {
    }

    /** The same SipApi for the same URL, key and secret (a changed secret is another connection). */
    public static SipApi forConnection(LiveKitConnection connection) {
        String key = connection.baseUrl() + "\n" + connection.apiKey() + "\n"
                + ShortHash.of(connection.apiSecret(), 16);
        return BY_CONNECTION.computeIfAbsent(key, k -> new SipApi(connection));
    }
}
