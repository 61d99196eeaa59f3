package org.trunkwizard.livekit.server;

import com.google.protobuf.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as it arrived on the wire: the Twirp method, its content type, every header (the Authorization
 * header included, so tests can check tokens), and the body decoded with LiveKit's generated classes (empty when it
 * could not be decoded).
 */
public record ReceivedRequest(String path, String method, String contentType, Map<String, List<String>> headers,
                              byte[] rawBody, Optional<Message> body) {

    /** The decoded body as the given request type; fails the test if it is something else. */
    public <T extends Message> T bodyAs(Class<T> type) {
        return type.cast(body.orElseThrow(() -> new AssertionError("the body of " + method + " was not decodable")));
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }
}
