package org.trunkwizard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;

/**
 * Where a command's LiveKit connection comes from: {@code --profile NAME}, or LIVEKIT_URL, LIVEKIT_API_KEY and
 * LIVEKIT_API_SECRET (the convention of lk and every LiveKit SDK). A secret is never taken from an argument.
 * The one place that decides this, so the profile support plugs in here and nowhere else.
 */
final class ConnectionOptions {

    static final String URL_ENV = "LIVEKIT_URL";
    static final String KEY_ENV = "LIVEKIT_API_KEY";
    static final String SECRET_ENV = "LIVEKIT_API_SECRET";
    static final String PROFILE_OPTION = "profile";

    private ConnectionOptions() {
    }

    /**
     * The connection for this command line. A usage error (exit 2) when nothing says where to connect; an
     * ApiException (exit 1) when what was given cannot be right (e.g. plain http to another computer).
     */
    static LiveKitConnection resolve(Args args, Console console) throws UsageException, ApiException {
        Optional<String> profile = args.option(PROFILE_OPTION);
        if (profile.isPresent()) {
            return fromProfile(profile.get(), console);
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of(URL_ENV, KEY_ENV, SECRET_ENV)) {
            if (console.env(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(Messages.get("cli.connection.missing", String.join(", ", missing)));
        }
        return LiveKitConnection.of(console.env(URL_ENV).get(), console.env(KEY_ENV).get(),
                console.env(SECRET_ENV).get());
    }

    /**
     * EXTENSION POINT (profiles): look the profile's URL and key up in the app's config and its secret in the OS
     * keychain, then return {@code LiveKitConnection.of(url, key, secret)}. Until the keychain profiles are wired
     * in, a profile is a usage error.
     */
    private static LiveKitConnection fromProfile(String name, Console console) throws UsageException {
        throw new UsageException(Messages.get("cli.profile.notAvailable", name));
    }
}
