package org.trunkwizard.carriers.setup;

/**
 * One step of a setup, as printed and in {@code --json}: e.g. {@code create}, {@code twilio trunk Acme},
 * {@code created}. The words are a contract for scripts (README), so they are plain tokens, not translated text.
 */
public record SetupStep(String action, String target, String result) {
}
