package org.trunkwizard.carriers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * Telnyx asks outbound INVITEs to carry {@code X-Telnyx-Username: <the connection's username>}. The wizard keeps
 * that header equal to the trunk's auth username, so the user never types it.
 */
public final class TelnyxHeader {

    public static final String NAME = "X-Telnyx-Username";

    private TelnyxHeader() {
    }

    /**
     * The spec with the header set to the (trimmed) auth username, in place if it was already there; without it
     * when the username is empty. Other headers are kept in order; SIP header names ignore case, so any
     * spelling of the name counts as this header.
     */
    public static TrunkSpec sync(TrunkSpec spec) {
        return withHeader(spec, spec.authUsername().strip());
    }

    /** The spec without the header, for when the carrier is no longer Telnyx. */
    public static TrunkSpec remove(TrunkSpec spec) {
        return withHeader(spec, "");
    }

    private static TrunkSpec withHeader(TrunkSpec spec, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, String> e : spec.headers().entrySet()) {
            if (!e.getKey().strip().equalsIgnoreCase(NAME)) {
                headers.put(e.getKey(), e.getValue());
            } else if (!placed && !value.isEmpty()) {
                headers.put(NAME, value);
                placed = true;
            }
        }
        if (!placed && !value.isEmpty()) {
            headers.put(NAME, value);
        }
        return headers.equals(spec.headers()) ? spec : spec.toBuilder().headers(headers).build();
    }
}
