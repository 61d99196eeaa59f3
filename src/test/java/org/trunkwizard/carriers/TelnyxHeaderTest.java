package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trunkwizard.trunk.TrunkSpec;

class TelnyxHeaderTest {

    private static TrunkSpec withUser(String user) {
        return TrunkSpec.builder().address("sip.telnyx.com").authUsername(user).build();
    }

    @Test
    void addsTheHeaderWithTheUsername() {
        assertEquals(Map.of("X-Telnyx-Username", "acmeuser"), TelnyxHeader.sync(withUser(" acmeuser ")).headers());
    }

    @Test
    void followsAChangedUsernameInPlace() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-First", "1");
        headers.put("x-telnyx-username", "olduser");
        headers.put("X-Last", "2");
        TrunkSpec spec = withUser("newuser").toBuilder().headers(headers).build();
        TrunkSpec synced = TelnyxHeader.sync(spec);
        assertEquals(List.of("X-First", "X-Telnyx-Username", "X-Last"), List.copyOf(synced.headers().keySet()));
        assertEquals("newuser", synced.headers().get("X-Telnyx-Username"));
    }

    @Test
    void removesTheHeaderWhenTheUsernameIsEmpty() {
        TrunkSpec spec = withUser("").toBuilder().header("X-Telnyx-Username", "olduser").header("X-Keep", "k").build();
        assertEquals(Map.of("X-Keep", "k"), TelnyxHeader.sync(spec).headers());
    }

    @Test
    void removeDropsEverySpelling() {
        TrunkSpec spec = withUser("u").toBuilder().header("X-TELNYX-USERNAME", "u").build();
        assertFalse(TelnyxHeader.remove(spec).headers().containsKey("X-TELNYX-USERNAME"));
        assertEquals(Map.of(), TelnyxHeader.remove(spec).headers());
    }

    @Test
    void leavesTheRestOfTheSpecAlone() {
        TrunkSpec spec = withUser("u").toBuilder().authPassword("secretpass").name("n").build();
        TrunkSpec synced = TelnyxHeader.sync(spec);
        assertEquals(spec.toBuilder().header("X-Telnyx-Username", "u").build(), synced);
    }
}
