package org.trunkwizard.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trunkwizard.validation.Problem;

class DispatchRuleDraftTest {

    @Test
    void anIndividualRuleWithAPrefixIsClean() {
        DispatchRuleDraft d = DispatchRuleDraft.individual(" call- ", "emily");
        assertEquals("call-", d.roomPrefix());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void anEmptyPrefixIsOnlyAWarning() {
        List<Problem> problems = DispatchRuleDraft.individual("", "").problems();
        assertEquals(1, problems.size());
        assertEquals("room_prefix", problems.get(0).field());
        assertFalse(problems.get(0).isError());
    }

    @Test
    void aDirectRuleNeedsItsRoom() {
        DispatchRuleDraft d = DispatchRuleDraft.direct("  ", "");
        assertFalse(d.valid());
        assertEquals("room_name", d.problems().get(0).field());
        assertTrue(DispatchRuleDraft.direct("reception", "").valid());
    }

    @Test
    void pastedLineBreaksAndOverlongNamesAreErrors() {
        assertFalse(DispatchRuleDraft.direct("recep\ntion", "").valid());
        assertFalse(DispatchRuleDraft.direct("r".repeat(257), "").valid());
        assertFalse(DispatchRuleDraft.individual("call-", "agent\u0007").valid());
    }

    @Test
    void anAgentNameWithSpacesWarns() {
        Problem p = DispatchRuleDraft.individual("call-", "my agent").problems().get(0);
        assertEquals("agent_name", p.field());
        assertFalse(p.isError());
    }

    @Test
    void trunkIdsAreChecked() {
        DispatchRuleDraft d = DispatchRuleDraft.individual("call-", "")
                .withTrunkIds(List.of("ST_o9uDVJ2spazs", "TK0123456789abcdef0123456789abcdef"));
        List<Problem> problems = d.problems();
        assertEquals(1, problems.size());
        assertEquals("trunk_ids[1]", problems.get(0).field());
    }

    @Test
    void anIdLiveKitIssuedInAnUnusualShapeDoesNotBlockTheRule() {
        assertTrue(DispatchRuleDraft.individual("call-", "").withTrunkIds(List.of("ST_XXXXXXXXXXX1")).valid());
    }
}
