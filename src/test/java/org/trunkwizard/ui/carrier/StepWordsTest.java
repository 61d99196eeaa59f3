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

    @Test
    void aTokenWithoutWordsIsShownAsItIs() {
        assertEquals("rename  x: renamed", StepWords.line(new SetupStep("rename", "x", "renamed")));
    }
}
