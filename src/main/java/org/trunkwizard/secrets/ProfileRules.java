package org.trunkwizard.secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.PrivateHosts;
import org.trunkwizard.validation.UrlUserInfo;

/** What a profile's name, URL and API key must look like. */
final class ProfileRules {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern API_KEY = Pattern.compile("[^\\s:]{1,200}");
    private static final Set<String> SCHEMES = Set.of("wss", "ws", "https", "http");

    private ProfileRules() {
    }

    static void check(String name, String url, String apiKey) throws ProfileInputException {
        checkName(name);
        if (url == null || hostOrNull(url) == null) {
            throw new ProfileInputException("livekit_url",
                    Messages.get("profile.url.invalid", url == null ? "" : UrlUserInfo.removedFrom(url)));
        }
        if (UrlUserInfo.in(url)) {
            // LiveKit signs requests with the API key; a user:password in the URL would only be kept and shown.
            throw new ProfileInputException("livekit_url", Messages.get("url.userInfo"));
        }
        String scheme = url.strip().substring(0, url.strip().indexOf(':')).toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("ws")) && !PrivateHosts.isPrivate(hostOrNull(url))) {
            // The same line as the connection itself draws: a public host is reached over https/wss only.
            throw new ProfileInputException("livekit_url", Messages.get("livekit.url.insecure", hostOrNull(url)) + " "
                    + Messages.get("livekit.url.insecure.hint", "https://" + hostOrNull(url)));
        }
        if (apiKey == null || !API_KEY.matcher(apiKey).matches()) {
            throw new ProfileInputException("api_key", Messages.get("profile.apiKey.invalid"));
        }
    }

    static void checkSecret(char[] secret) throws ProfileInputException {
        if (secret == null || secret.length == 0) {
            throw new ProfileInputException("api_secret", Messages.get("profile.secret.empty"));
        }
    }

    static void checkName(String name) throws ProfileInputException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ProfileInputException("name", Messages.get("profile.name.invalid", name == null ? "" : name));
        }
    }

    /** The project host of a checked URL, e.g. {@code my-project.livekit.cloud}. */
    static String host(String url) {
        String host = hostOrNull(url);
        if (host == null) {
            throw new IllegalArgumentException("not a LiveKit URL");
        }
        return host;
    }

    private static String hostOrNull(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
