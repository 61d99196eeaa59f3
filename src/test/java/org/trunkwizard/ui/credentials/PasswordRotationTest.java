package org.trunkwizard.ui.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trunkwizard.ui.credentials.RotationFixture.OLD_PASSWORD;
import static org.trunkwizard.ui.credentials.RotationFixture.TRUNK_ID;
import static org.trunkwizard.ui.credentials.RotationFixture.TRUNK_KEY;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.Problem;

class PasswordRotationTest {

    @TempDir
    Path configDir;
    RotationFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new RotationFixture(configDir);
    }

    @Test
    void successChangesLiveKitFirstThenTheKeychainAndTheRotatedDate() throws Exception {
        Instant before = Instant.now();
        RotationResult result = f.rotation().rotate(f.trunkRow(), true);

        assertTrue(result.changed(), () -> result.problem().toString());
        assertEquals(RotationResult.Kept.KEYCHAIN, result.kept());
        assertEquals(20, result.newPassword().length());
        assertNotEquals(OLD_PASSWORD, result.newPassword());
        assertEquals(result.newPassword(), f.liveKit.passwordOf(TRUNK_ID));
        assertEquals(result.newPassword(), f.savedPassword());
        assertEquals("livekit-user", result.username());
        TrunkSpec onServer = f.liveKit.trunks.get(TRUNK_ID).spec();
        assertEquals(RotationFixture.TRUNK.withoutPassword(), onServer.withoutPassword(), "only the password changes");
        SavedCredential row = f.trunkRow();
        assertEquals(f.savedAt, row.created());
        assertFalse(row.lastRotated().isBefore(before), "the index says it was rotated just now");
        assertFalse(result.toString().contains(result.newPassword()));
    }

    @Test
    void aRefusedUpdateLeavesTheOldPasswordEverywhere() throws Exception {
        List<SavedCredential> indexBefore = f.index.list();
        f.failNextUpdate();

        RotationResult result = f.rotation().rotate(f.trunkRow(), true);

        assertFalse(result.changed());
        Problem p = result.problem().orElseThrow();
        assertEquals("auth_password", p.field());
        assertTrue(p.message().contains("refused"), p.message());
        assertEquals(OLD_PASSWORD, f.savedPassword());
        assertEquals(OLD_PASSWORD, f.liveKit.passwordOf(TRUNK_ID));
        assertEquals(indexBefore, f.index.list());
    }

    @Test
    void aTrunkDeletedOnLiveKitIsNamedAndNothingChanges() throws Exception {
        f.liveKit.deleteTrunk(TRUNK_ID);

        RotationResult result = f.rotation().rotate(f.trunkRow(), true);

        assertFalse(result.changed());
        assertEquals("trunk_id", result.problem().orElseThrow().field());
        assertTrue(result.problem().orElseThrow().message().contains(TRUNK_ID));
        assertEquals(OLD_PASSWORD, f.savedPassword());
    }

    @Test
    void aLockedKeychainStopsBeforeLiveKitChanges() throws Exception {
        SavedCredential row = f.trunkRow();
        f.keychain.refusing = true;

        RotationResult result = f.rotation().rotate(row, true);

        assertFalse(result.changed());
        assertEquals("keychain", result.problem().orElseThrow().field());
        assertEquals(List.of(), f.liveKit.updated);
        assertEquals(OLD_PASSWORD, f.liveKit.passwordOf(TRUNK_ID));
    }

    @Test
    void notRememberingRemovesTheStaleEntry() throws Exception {
        RotationResult result = f.rotation().rotate(f.trunkRow(), false);

        assertTrue(result.changed());
        assertEquals(RotationResult.Kept.NOWHERE, result.kept());
        assertEquals(result.newPassword(), f.liveKit.passwordOf(TRUNK_ID));
        assertEquals(null, f.savedPassword());
        assertTrue(f.index.find(TRUNK_KEY).isEmpty());
    }

    @Test
    void withoutAProfileForTheProjectItSaysWhichProjectAndHowToFixIt() throws Exception {
        SavedCredential row = f.trunkRow();
        new Profiles(configDir, f.credentials()).delete("acme");

        RotationResult result = f.rotation().rotate(row, true);

        assertFalse(result.changed());
        Problem p = result.problem().orElseThrow();
        assertTrue(p.message().contains(LiveKitDouble.HOST), p.message());
        assertTrue(p.hint().contains("profile save"), p.hint());
        assertEquals(OLD_PASSWORD, f.liveKit.passwordOf(TRUNK_ID));
    }
}
