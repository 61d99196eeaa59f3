package org.trunkwizard.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A {@code user:password@} in a LiveKit URL: LiveKit authenticates with the API key and secret, so it is never
 * needed, and since it may be a real password it is never repeated back. One rule for the connection and profiles.
 */
public final class UrlUserInfo {

    private static final Pattern USER_INFO = Pattern.compile("^([^/]*//)?[^/@]*@");

    private UrlUserInfo() {
    }

    /** True when the URL has user info, or is too broken to tell (then it is refused anyway). */
    public static boolean in(String url) {
        String text = url == null ? "" : url.strip();
        try {
            return new URI(text.contains("://") ? text : "https://" + text).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            return USER_INFO.matcher(text).find();
        }
    }

    /** The URL as typed, minus any {@code user:password@}: fit to quote in a message. */
    public static String removedFrom(String url) {
        return url == null ? "" : USER_INFO.matcher(url.strip()).replaceFirst("$1");
    }
}
