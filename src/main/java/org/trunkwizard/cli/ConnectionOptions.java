package org.trunkwizard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.ProfileCredentials;
import org.trunkwizard.validation.Problem;

/**
 * Where a command's LiveKit connection comes from: {@code --profile NAME}, or LIVEKIT_URL, LIVEKIT_API_KEY and
 * LIVEKIT_API_SECRET (the convention of lk and every LiveKit SDK). A secret is never taken from an argument.
 */
public final class ConnectionOptions {

    static final String URL_ENV = "LIVEKIT_URL";
    static final String KEY_ENV = "LIVEKIT_API_KEY";
    static final String SECRET_ENV = "LIVEKIT_API_SECRET";
    public static final String PROFILE_OPTION = "profile";

    private ConnectionOptions() {
    }

    /**
     * The connection for this command line. A usage error (exit 2) when nothing says where to connect; an
     * ApiException (exit 1) when what was given cannot be right (e.g. plain http to another computer).
     */
    public static LiveKitConnection resolve(Args args, Console console) throws UsageException, ApiException {
        LiveKitConnection connection = resolveQuietly(args, console);
        // On stderr: stdout may be a --json document, and the warning must still reach the user.
        ProblemPrinter.print(connection.warnings(), console.err());
        return connection;
    }

    private static LiveKitConnection resolveQuietly(Args args, Console console) throws UsageException, ApiException {
        Optional<String> profile = args.option(PROFILE_OPTION);
        if (profile.isPresent()) {
            return fromProfile(profile.get());
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

    /** The profile's URL and key from the app's config, its secret from the OS keychain. */
    private static LiveKitConnection fromProfile(String name) throws ApiException {
        try (SecretsAccess access = new SecretsAccess()) {
            Optional<ProfileCredentials> loaded = access.profiles().load(name);
            if (loaded.isEmpty()) {
                throw new ApiException(Problem.error("profile", Messages.get("cli.profile.notFound", name),
                        Messages.get("cli.profile.notFound.hint")), false, null);
            }
            try (ProfileCredentials credentials = loaded.get()) {
                return LiveKitConnection.of(credentials.url(), credentials.apiKey(),
                        new String(credentials.apiSecret()));
            }
        } catch (ConfigFileException | KeychainException e) {
            throw new ApiException(Problem.error("profile", e.getMessage(), ""), false, null);
        }
    }
}
