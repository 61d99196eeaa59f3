package org.trunkwizard.cli.carrier;

import java.io.PrintStream;
import org.trunkwizard.carriers.setup.SetupResult;
import org.trunkwizard.cli.SecretsAccess;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.secrets.ConfigFileException;
import org.trunkwizard.secrets.CredentialKey;
import org.trunkwizard.secrets.KeychainException;
import org.trunkwizard.secrets.KeychainStatus;

/**
 * The generated trunk password is already on both sides; the keychain copy is for the admin's later use (the
 * credentials window). Without a keychain it is simply not kept: never a file, never printed.
 */
final class CarrierPasswords {

    private CarrierPasswords() {
    }

    static void keep(LiveKitConnection connection, SetupResult result, String trunkName, String password,
                     PrintStream out) {
        var host = LiveKitConnection.hostOf(connection.baseUrl());
        if (host.isEmpty() || result.livekitTrunkId().isEmpty()) {
            return;
        }
        try (SecretsAccess access = new SecretsAccess()) {
            KeychainStatus status = access.keychain().probe();
            if (!status.available()) {
                out.println(Messages.get("cli.carrier.passwordNotKept", status.reason()));
                return;
            }
            access.credentials().save(CredentialKey.trunk(host.get(), result.livekitTrunkId()), trunkName,
                    password.toCharArray());
            out.println(Messages.get("cli.carrier.passwordKept"));
        } catch (KeychainException | ConfigFileException e) {
            out.println(Messages.get("cli.carrier.passwordNotKept", e.getMessage()));
        }
    }
}
