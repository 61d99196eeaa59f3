package org.trunkwizard.livekit;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.PrivateHosts;
import org.trunkwizard.validation.UrlUserInfo;
import org.trunkwizard.validation.Problem;

/**
 * One LiveKit project as the user pasted it: URL, API key and API secret. {@link #baseUrl()} is the https (or, for
 * a server on this computer or the user's own network, http) base the SDK needs. Nothing here assumes LiveKit
 * Cloud: LiveKit on Telnyx and self-hosted servers have other hosts, and keys of any shape. The secret never
 * appears in {@link #toString()}.
 */
public final class LiveKitConnection {

    private final String baseUrl;
    private final String apiKey;
    private final String apiSecret;

    private LiveKitConnection(String baseUrl, String apiKey, String apiSecret) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
    }

    /** Checks and maps what the user pasted; a refusal names the field ({@code livekit_url}, {@code api_key}...). */
    public static LiveKitConnection of(String url, String apiKey, String apiSecret) throws ApiException {
        Optional<Problem> error = check(url, apiKey, apiSecret).stream().filter(Problem::isError).findFirst();
        if (error.isPresent()) {
            throw new ApiException(error.get(), false, null);
        }
        return new LiveKitConnection(baseUrlOf(url), apiKey.strip(), apiSecret.strip());
    }

    /**
     * Every problem with the URL, key and secret as pasted, one per field, without calling anyone: the window
     * shows them at their fields while typing, {@link #of} refuses with the first error. A plain http URL to
     * the user's own network is a warning: it works, but the requests (and the token in them) travel unencrypted.
     */
    public static List<Problem> check(String url, String apiKey, String apiSecret) {
        List<Problem> problems = new ArrayList<>();
        try {
            problems.addAll(warningsAbout(baseUrlOf(url)));
        } catch (ApiException e) {
            problems.add(e.problem());
        }
        if (apiKey == null || apiKey.isBlank()) {
            problems.add(Problem.error("api_key", Messages.get("livekit.key.empty"), Messages.get("livekit.key.hint")));
        }
        if (apiSecret == null || apiSecret.isBlank()) {
            problems.add(Problem.error("api_secret", Messages.get("livekit.secret.empty"),
                    Messages.get("livekit.secret.hint")));
        }
        return problems;
    }

    /** The project's host as the keychain names it ({@code my-project.livekit.cloud}); empty for an unusable URL. */
    public static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(URI.create(baseUrlOf(url)).getHost());
        } catch (ApiException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code wss://x.livekit.cloud}, {@code https://x.livekit.cloud/}, {@code x.livekit.cloud} all become
     * {@code https://x.livekit.cloud}. Plain http (or ws) is refused unless the host is on this computer or a
     * private network ({@link PrivateHosts}): a public host must be reached over https/wss.
     */
    public static String baseUrlOf(String pasted) throws ApiException {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw refusal("livekit_url", Messages.get("livekit.url.empty"), Messages.get("livekit.url.hint"));
        }
        if (UrlUserInfo.in(text)) {
            // Not dropped without a word: the user meant something by it, and it is not how LiveKit signs in.
            throw refusal("livekit_url", Messages.get("url.userInfo"), Messages.get("livekit.url.hint"));
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw refusal("livekit_url", Messages.get("livekit.url.invalid", UrlUserInfo.removedFrom(pasted)),
                    Messages.get("livekit.url.hint"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw refusal("livekit_url", Messages.get("livekit.url.invalid", UrlUserInfo.removedFrom(pasted)),
                    Messages.get("livekit.url.hint"));
        }
        boolean secure;
        switch (scheme) {
            case "https", "wss" -> secure = true;
            case "http", "ws" -> secure = false;
            default -> throw refusal("livekit_url", Messages.get("livekit.url.scheme", scheme),
                    Messages.get("livekit.url.hint"));
        }
        if (!secure && !PrivateHosts.isPrivate(host)) {
            throw refusal("livekit_url", Messages.get("livekit.url.insecure", host),
                    Messages.get("livekit.url.insecure.hint", "https://" + host));
        }
        String asciiHost;
        try {
            asciiHost = host.startsWith("[") ? host : IDN.toASCII(host);
        } catch (IllegalArgumentException e) {
            throw refusal("livekit_url", Messages.get("livekit.url.invalid", UrlUserInfo.removedFrom(pasted)),
                    Messages.get("livekit.url.hint"));
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        // Paths are dropped: the Twirp routes hang off the host, whatever page the user copied the URL from.
        String base = (secure ? "https://" : "http://") + asciiHost.toLowerCase(Locale.ROOT) + port;
        // What the HTTP client will not take (port 0, odd host characters) is refused now, not at call time.
        if (okhttp3.HttpUrl.parse(base) == null) {
            throw refusal("livekit_url", Messages.get("livekit.url.invalid", UrlUserInfo.removedFrom(pasted)),
                    Messages.get("livekit.url.hint"));
        }
        return base;
    }

    /** What is unusual about a usable base URL: plain http beyond this computer. */
    private static List<Problem> warningsAbout(String base) {
        if (base.startsWith("http://") && !PrivateHosts.isLoopback(URI.create(base).getHost())) {
            return List.of(Problem.warning("livekit_url", Messages.get("livekit.url.unencrypted"),
                    Messages.get("livekit.url.unencrypted.hint")));
        }
        return List.of();
    }

    /** The warnings {@link #check} gave for this connection's URL, for a face that did not show them yet. */
    public List<Problem> warnings() {
        return warningsAbout(baseUrl);
    }

    private static ApiException refusal(String field, String message, String hint) {
        return new ApiException(Problem.error(field, message, hint), false, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String apiKey() {
        return apiKey;
    }

    /** The secret, for signing tokens only. */
    String apiSecret() {
        return apiSecret;
    }

    @Override
    public String toString() {
        return "LiveKitConnection[" + baseUrl + ", key=" + apiKey + "]";
    }
}
