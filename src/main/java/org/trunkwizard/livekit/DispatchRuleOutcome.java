package org.trunkwizard.livekit;

/** The result of a dispatch-rule create: its ID ({@code SDR_...}), and whether it was already there. */
public record DispatchRuleOutcome(String ruleId, boolean alreadyExisted) {
}
