package org.trunkwizard.livekit;

/** A dispatch rule as LiveKit holds it: its ID ({@code SDR_...}) and its settings. */
public record StoredDispatchRule(String ruleId, DispatchRule rule) {
}
