package org.trunkwizard.livekit.server;

import com.google.gson.JsonObject;
import java.util.Map;

/** A Twirp error as LiveKit's server writes it: JSON {@code {"code","msg","meta"}} with the code's HTTP status. */
final class TwirpError extends Exception {
    private static final long serialVersionUID = 1L;

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("canceled", 408), Map.entry("invalid_argument", 400), Map.entry("malformed", 400),
            Map.entry("deadline_exceeded", 408), Map.entry("not_found", 404), Map.entry("bad_route", 404),
            Map.entry("already_exists", 409), Map.entry("permission_denied", 403),
            Map.entry("unauthenticated", 401), Map.entry("resource_exhausted", 403),
            Map.entry("failed_precondition", 412), Map.entry("aborted", 409), Map.entry("out_of_range", 400),
            Map.entry("unimplemented", 501), Map.entry("internal", 500), Map.entry("unavailable", 503),
            Map.entry("data_loss", 500), Map.entry("unknown", 500));

    final String code;
    final transient Map<String, String> meta;

    TwirpError(String code, String msg) {
        this(code, msg, Map.of());
    }

    TwirpError(String code, String msg, Map<String, String> meta) {
        super(msg);
        this.code = code;
        this.meta = meta;
    }

    int status() {
        return STATUS.getOrDefault(code, 500);
    }

    String json() {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("msg", getMessage());
        if (!meta.isEmpty()) {
            JsonObject m = new JsonObject();
            meta.forEach(m::addProperty);
            o.add("meta", m);
        }
        return o.toString();
    }
}
