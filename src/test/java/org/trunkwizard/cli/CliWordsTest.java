package org.trunkwizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Commands are made only when run, by word (issue 16): each word must make the command that answers to it. */
class CliWordsTest {

    @Test
    void everyWordMakesTheCommandOfThatName() {
        for (String word : Cli.WORDS) {
            assertEquals(word, Cli.command(word, TrunkServiceFactory.STANDARD).name());
        }
    }

    @Test
    void anUnknownWordMakesNothing() {
        assertNull(Cli.command("gui", TrunkServiceFactory.STANDARD));
    }
}
