package org.trunkwizard.ui.credentials;

import java.util.Optional;
import org.trunkwizard.validation.Problem;

/**
 * What a rotation did. When {@link #changed()} is false LiveKit, the keychain and the index are as they were and
 * {@link #problem()} says why. When true, LiveKit uses {@link #newPassword()}, the carrier needs it too, and
 * {@link #kept()} says where it is now; a problem then is a warning (saved nowhere although the user asked).
 */
public record RotationResult(boolean changed, String newPassword, String username, Kept kept,
                             Optional<Problem> problem) {

    /** Where the new password lives after the rotation. */
    public enum Kept { KEYCHAIN, SESSION, NOWHERE }

    static RotationResult failed(Problem problem) {
        return new RotationResult(false, "", "", Kept.NOWHERE, Optional.of(problem));
    }

    static RotationResult rotated(String newPassword, String username, Kept kept) {
        return new RotationResult(true, newPassword, username, kept, Optional.empty());
    }

    static RotationResult rotatedButNotSaved(String newPassword, String username, Problem warning) {
        return new RotationResult(true, newPassword, username, Kept.NOWHERE, Optional.of(warning));
    }

    @Override
    public String toString() {
        return "RotationResult[changed=" + changed + ", newPassword=(hidden), username=" + username + ", kept=" + kept
                + ", problem=" + problem + "]";
    }
}
