package org.trunkwizard.ui.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trunkwizard.ui.credentials.RotationFixture.OLD_PASSWORD;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import livekit.LivekitSip.UpdateSIPOutboundTrunkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trunkwizard.livekit.server.EveryField;
import org.trunkwizard.secrets.Profiles;
import org.trunkwizard.secrets.SavedCredential;
import org.trunkwizard.validation.Problem;

class PasswordRotationTest {

    @TempDir
    Path configDir;
    RotationFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new RotationFixture(configDir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void successChangesLiveKitFirstThenTheKeychainAndTheRotatedDate() throws Exception {
        Instant before = Instant.now();
        RotationResult result = f.rotation().rotate(f.trunkRow(), true);

        assertTrue(result.changed(), () -> result.problem().toString());
        assertEquals(RotationResult.Kept.KEYCHAIN, result.kept());
        assertEquals(20, result.newPassword().length());
        assertNotEquals(OLD_PASSWORD, result.newPassword());
        assertEquals(result.newPassword(), f.passwordOnServer());
        assertEquals(result.newPassword(), f.savedPassword());
        assertEquals("livekit-user", result.username());
        assertEquals(EveryField.trunk(result.newPassword()).toBuilder().setSipTrunkId(f.trunkId).build(),
                f.onServer(), "only the password changes");
        assertTrue(EveryField.keepsUnknownField(f.onServer()), "even fields this SDK does not know stay");
        assertTrue(f.liveKit.received("UpdateSIPOutboundTrunk").get(0).bodyAs(UpdateSIPOutboundTrunkRequest.class)
                .hasUpdate(), "LiveKit's own partial update: nothing else is even sent");
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
        assertTrue(p.message().contains("unavailable"), p.message());
        assertEquals(OLD_PASSWORD, f.savedPassword());
        assertEquals(OLD_PASSWORD, f.passwordOnServer());
        assertEquals(indexBefore, f.index.list());
    }

    @Test
    void aTrunkDeletedOnLiveKitIsNamedAndNothingChanges() throws Exception {
        f.liveKit.removeTrunk(f.trunkId);

        RotationResult result = f.rotation().rotate(f.trunkRow(), true);

        assertFalse(result.changed());
        assertEquals("trunk_id", result.problem().orElseThrow().field());
        assertTrue(result.problem().orElseThrow().message().contains(f.trunkId));
        assertEquals(OLD_PASSWORD, f.savedPassword());
    }

    /** The Done page keeps an inbound trunk's password (Receive calls too) as a trunk password: named, not "gone". */
    @Test
    void anInboundTrunksPasswordIsNamedAsSuchAndNothingChanges() throws Exception {
        String inbound = f.liveKit.addInboundTrunk(livekit.LivekitSip.SIPInboundTrunkInfo.newBuilder()
                .setName("Acme (incoming)").addNumbers("+15551234567").setAuthUsername("acmein")
                .setAuthPassword("Inbound-Pw-7kQm2xRz").build());
        org.trunkwizard.secrets.CredentialKey key = org.trunkwizard.secrets.CredentialKey.trunk(f.host(), inbound);
        f.credentials().save(key, "Acme (incoming)", "Inbound-Pw-7kQm2xRz".toCharArray());

        RotationResult result = f.rotation().rotate(f.index.find(key).orElseThrow(), true);

        assertFalse(result.changed());
        Problem p = result.problem().orElseThrow();
        assertTrue(p.message().contains(inbound) && p.message().contains("inbound trunk"), p.message());
        assertFalse(p.message().contains("no longer"), p.message());
        assertEquals("Inbound-Pw-7kQm2xRz", f.keychain.entries.get(key.account()));
        assertEquals(List.of(), f.liveKit.received("UpdateSIPOutboundTrunk"));
        assertEquals("Inbound-Pw-7kQm2xRz", f.liveKit.inboundTrunks().iterator().next().getAuthPassword());
    }

    @Test
    void aLockedKeychainStopsBeforeLiveKitChanges() throws Exception {
        SavedCredential row = f.trunkRow();
        f.keychain.refusing = true;

        RotationResult result = f.rotation().rotate(row, true);

        assertFalse(result.changed());
        assertEquals("keychain", result.problem().orElseThrow().field());
        assertEquals(List.of(), f.liveKit.received("UpdateSIPOutboundTrunk"));
        assertEquals(OLD_PASSWORD, f.passwordOnServer());
    }

    @Test
    void notRememberingRemovesTheStaleEntry() throws Exception {
        RotationResult result = f.rotation().rotate(f.trunkRow(), false);

        assertTrue(result.changed());
        assertEquals(RotationResult.Kept.NOWHERE, result.kept());
        assertEquals(result.newPassword(), f.passwordOnServer());
        assertEquals(null, f.savedPassword());
        assertTrue(f.index.find(f.trunkKey).isEmpty());
    }

    @Test
    void withoutAProfileForTheProjectItSaysWhichProjectAndHowToFixIt() throws Exception {
        SavedCredential row = f.trunkRow();
        new Profiles(configDir, f.credentials()).delete("acme");

        RotationResult result = f.rotation().rotate(row, true);

        assertFalse(result.changed());
        Problem p = result.problem().orElseThrow();
        assertTrue(p.message().contains(f.host()), p.message());
        assertTrue(p.hint().contains("profile save"), p.hint());
        assertEquals(OLD_PASSWORD, f.passwordOnServer());
    }
}
