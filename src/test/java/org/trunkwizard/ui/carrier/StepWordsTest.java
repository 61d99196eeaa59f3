package org.trunkwizard.ui.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.trunkwizard.carriers.setup.SetupStep;

/** The window shows a step in words; the CLI keeps the tokens scripts read. */
class StepWordsTest {

    @Test
    void tokensBecomeWords() {
        assertEquals("Create  twilio trunk Acme (acme.pstn.twilio.com): will be done",
                StepWords.line(new SetupStep("create", "twilio trunk Acme (acme.pstn.twilio.com)", "planned")));
        assertEquals("Move back  number +14155550100: moved",
                StepWords.line(new SetupStep("move back", "number +14155550100", "moved")));
        assertEquals("Read back  twilio trunk TK1 + livekit trunk ST_1: both sides match",
                StepWords.line(new SetupStep("verify", "twilio trunk TK1 + livekit trunk ST_1", "matches")));
    }

    /** Every step an undo reports has words of its own, as the setup's do. */
    @Test
    void undoStepsBecomeWords() {
        assertEquals("Unassign  number 1000001: unassigned",
                StepWords.line(new SetupStep("unassign", "number 1000001", "unassigned")));
        assertEquals("Move back  number PN1 to trunk TK1: moved back",
                StepWords.line(new SetupStep("move back", "number PN1 to trunk TK1", "moved back")));
        assertEquals("Unassign  number 1000001: left as it is: moved elsewhere since the setup",
                StepWords.line(new SetupStep("unassign", "number 1000001", "moved-since")));
        assertEquals("Delete  twilio trunk TK1: deleted",
                StepWords.line(new SetupStep("delete", "twilio trunk TK1", "deleted")));
    }

    @Test
    void aTokenWithoutWordsIsShownAsItIs() {
        assertEquals("rename  x: renamed", StepWords.line(new SetupStep("rename", "x", "renamed")));
    }
}
