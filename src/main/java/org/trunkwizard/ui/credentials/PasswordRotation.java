package org.trunkwizard.ui.credentials;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.ApiException;
import org.trunkwizard.livekit.StoredTrunk;
import org.trunkwizard.livekit.TrunkService;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.CredentialKind;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.Profile;
import org.trunkwizard.secrets.ProfileCredentials;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.secrets.SavedCredentials;
import org.trunkwizard.trunk.TrunkPatch;
import org.trunkwizard.ui.common.TrunkServiceFactory;
import org.trunkwizard.validation.PasswordGenerator;
import org.trunkwizard.validation.Problem;

/**
 * Gives a trunk a new password: LiveKit first, the keychain only after LiveKit accepted it, so a refused update
 * leaves the old password working and saved. No JavaFX here (it sits in {@code ui} only because it needs both
 * {@code livekit} and {@code secrets}); every call blocks on the network and the keychain: run it off the FX thread.
 */
public final class PasswordRotation {

    private final SavedCredentials credentials;
    private final Profiles profiles;
    private final TrunkServiceFactory services;
    private final Supplier<String> generator;

    public PasswordRotation(SavedCredentials credentials, Profiles profiles, TrunkServiceFactory services) {
        this(credentials, profiles, services, PasswordGenerator::generate);
    }

    PasswordRotation(SavedCredentials credentials, Profiles profiles, TrunkServiceFactory services,
                     Supplier<String> generator) {
        this.credentials = credentials;
        this.profiles = profiles;
        this.services = services;
        this.generator = generator;
    }

    /**
     * Rotates the trunk password saved as {@code saved}. {@code remember}: keep the new one in the keychain; when
     * false (and there is a keychain) the old entry is removed, since it no longer works. Without a keychain the
     * new password is kept in session memory either way.
     */
    public RotationResult rotate(SavedCredential saved, boolean remember) {
        CredentialKey key = saved.key();
        if (key.kind() != CredentialKind.TRUNK) {
            throw new IllegalArgumentException("only trunk passwords can be rotated here");
        }
        boolean keychain = credentials.store().persistent();
        try {
            if (keychain) {
                // A locked or missing keychain fails here, before LiveKit changes, not after.
                credentials.load(key).ifPresent(old -> Arrays.fill(old, '\0'));
            }
        } catch (KeychainException e) {
            return RotationResult.failed(Problem.error("keychain", e.getMessage(),
                    Messages.get("credentials.rotate.keychainHint")));
        }
        String password = generator.get();
        String username;
        try {
            TrunkService service = connect(key.host());
            Optional<StoredTrunk> current = service.findTrunk(key.id());
            if (current.isEmpty() && isInbound(service, key.id())) {
                return RotationResult.failed(Problem.error("trunk_id",
                        Messages.get("credentials.rotate.inbound", key.id()),
                        Messages.get("credentials.rotate.inbound.hint")));
            }
            if (current.isEmpty()) {
                return RotationResult.failed(Problem.error("trunk_id",
                        Messages.get("credentials.rotate.trunkGone", key.id(), key.host()),
                        Messages.get("credentials.rotate.trunkGone.hint")));
            }
            username = current.get().spec().authUsername();
            service.updateTrunk(key.id(), TrunkPatch.password(password));
        } catch (ApiException e) {
            return RotationResult.failed(e.problem());
        } catch (KeychainException | ConfigFileException e) {
            return RotationResult.failed(Problem.error("livekit_url", e.getMessage(), ""));
        }
        return keep(saved, password, username, remember || !keychain);
    }

    private RotationResult keep(SavedCredential saved, String password, String username, boolean save) {
        char[] secret = password.toCharArray();
        try {
            if (save) {
                credentials.save(saved.key(), saved.label(), secret);
                return RotationResult.rotated(password, username, credentials.store().persistent()
                        ? RotationResult.Kept.KEYCHAIN : RotationResult.Kept.SESSION);
            }
            credentials.delete(saved.key());
            return RotationResult.rotated(password, username, RotationResult.Kept.NOWHERE);
        } catch (KeychainException | ConfigFileException e) {
            return RotationResult.rotatedButNotSaved(password, username, Problem.warning("keychain",
                    Messages.get("credentials.rotate.notSaved", e.getMessage()),
                    Messages.get("credentials.rotate.notSaved.hint")));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * The Done page keeps an inbound trunk's password (Receive calls too) as a trunk password too; LiveKit changes an
     * inbound trunk through other calls than this one makes, so it is named rather than called gone.
     */
    private static boolean isInbound(TrunkService service, String trunkId) throws ApiException {
        return service instanceof org.trunkwizard.livekit.SipSetupService setup
                && setup.listInboundTrunks().stream().anyMatch(t -> t.trunkId().equals(trunkId));
    }

    /** The trunk's project is reached through the saved profile for that host (its secret is in the keychain). */
    private TrunkService connect(String host) throws ApiException, KeychainException, ConfigFileException {
        Optional<Profile> profile = profiles.list().stream()
                .filter(p -> p.credentialKey().host().equals(host)).findFirst();
        Optional<ProfileCredentials> loaded =
                profile.isEmpty() ? Optional.empty() : profiles.load(profile.get().name());
        if (loaded.isEmpty()) {
            throw new ApiException(Problem.error("livekit_url", Messages.get("credentials.rotate.noProfile", host),
                    Messages.get("credentials.rotate.noProfile.hint", host)), false, null);
        }
        try (ProfileCredentials c = loaded.get()) {
            return services.connect(c.url(), c.apiKey(), new String(c.apiSecret()));
        }
    }
}
