package org.trunkwizard.livekit.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import livekit.LivekitSip.SIPDispatchRule;
import livekit.LivekitSip.SIPDispatchRuleInfo;
import livekit.LivekitSip.SIPInboundTrunkInfo;

/**
 * How LiveKit judges inbound trunks and dispatch rules, read from its sources (our own code, LiveKit's words):
 * livekit/protocol {@code livekit/sip.go} SIPInboundTrunkInfo.ValidateResult and SIPDispatchRuleInfo.Validate,
 * {@code sip/sip.go} ValidateTrunksIter / validateTrunkInbound and DispatchRuleValidator.Validate, run by
 * livekit/livekit {@code pkg/service/sip.go} over the stored ones plus the new one. Every refusal is
 * {@code invalid_argument}.
 *
 * <p>Two inbound trunks conflict when they share a called number (numbers written differently but the same after
 * LiveKit's NormalizeNumber count as one; trunks without numbers share the number "any") and neither sets the
 * caller's allowed numbers, or both allow one caller number. Allowed addresses and credentials do not set them apart.
 * Two dispatch rules conflict when they share trunk, called number, caller number and PIN, an empty list standing for
 * "any" (a rule without trunks is in the way only of other such rules).
 */
final class InboundRules {

    private InboundRules() {
    }

    static void inboundTrunk(SIPInboundTrunkInfo trunk) throws TwirpError {
        boolean auth = !trunk.getAuthUsername().isEmpty() || !trunk.getAuthPassword().isEmpty();
        if (!auth && trunk.getAllowedAddressesCount() == 0 && trunk.getNumbersCount() == 0) {
            throw ServerValidation.invalid("for security, one of the fields must be set: "
                    + "AuthUsername+AuthPassword, AllowedAddresses or Numbers");
        }
    }

    /** @param added the new trunk, without an ID yet: named "&lt;new&gt;" in the refusal */
    static void trunkConflicts(Collection<SIPInboundTrunkInfo> stored, SIPInboundTrunkInfo added) throws TwirpError {
        for (SIPInboundTrunkInfo old : stored) {
            if (numberKeys(old.getNumbersList()).stream().noneMatch(numberKeys(added.getNumbersList())::contains)) {
                continue;
            }
            if (old.getAllowedNumbersCount() == 0 && added.getAllowedNumbersCount() == 0) {
                throw new TwirpError("invalid_argument", "Conflicting inbound SIP Trunks: " + quote(id(added)) + " and "
                        + quote(id(old)) + ", using the same number(s) " + numbers(added.getNumbersList())
                        + " without AllowedNumbers set");
            }
            Set<String> oldCallers = old.getAllowedNumbersList().stream().map(InboundRules::normalize)
                    .collect(Collectors.toSet());
            for (String caller : added.getAllowedNumbersList()) {
                if (oldCallers.contains(normalize(caller))) {
                    throw new TwirpError("invalid_argument", "Conflicting inbound SIP Trunks: " + quote(id(added))
                            + " and " + quote(id(old)) + ", using the same number(s) "
                            + numbers(added.getNumbersList()) + " and AllowedNumber " + quote(caller));
                }
            }
        }
    }

    static void dispatchRule(SIPDispatchRuleInfo rule) throws TwirpError {
        if (!rule.hasRule()) {
            throw ServerValidation.invalid("missing rule");
        }
        if (rule.getRule().getRuleCase() == SIPDispatchRule.RuleCase.RULE_NOT_SET) {
            throw ServerValidation.invalid("unsupported SIP Dispatch Rule: <nil>");
        }
    }

    static void ruleConflicts(Collection<SIPDispatchRuleInfo> stored, SIPDispatchRuleInfo added) throws TwirpError {
        Set<List<String>> addedKeys = ruleKeys(added);
        for (SIPDispatchRuleInfo old : stored) {
            if (ruleKeys(old).stream().anyMatch(addedKeys::contains)) {
                String name = old.getName().isEmpty() ? "<blank name>" : old.getName();
                throw new TwirpError("invalid_argument", "Dispatch rule for the same trunk, inbound number, number,"
                        + " and PIN combination already exists in dispatch rule " + quote(old.getSipDispatchRuleId())
                        + " " + quote(name));
            }
        }
    }

    /** Whether a trunk takes calls to one of these numbers (ListSIPInboundTrunkRequest.Filter). */
    static boolean listedFor(SIPInboundTrunkInfo trunk, List<String> numbers) {
        if (numbers.isEmpty() || trunk.getNumbersCount() == 0) {
            return true;
        }
        Set<String> wanted = numbers.stream().map(InboundRules::normalize).collect(Collectors.toSet());
        return trunk.getNumbersList().stream().map(InboundRules::normalize).anyMatch(wanted::contains);
    }

    private static Set<List<String>> ruleKeys(SIPDispatchRuleInfo rule) {
        String pin = pin(rule.getRule());
        Set<List<String>> keys = new LinkedHashSet<>();
        for (String trunk : orAny(rule.getTrunkIdsList())) {
            for (String called : orAny(rule.getInboundNumbersList())) {
                for (String caller : orAny(rule.getNumbersList())) {
                    keys.add(List.of(pin, trunk, normalize(called), normalize(caller)));
                }
            }
        }
        return keys;
    }

    private static String pin(SIPDispatchRule rule) {
        return switch (rule.getRuleCase()) {
            case DISPATCH_RULE_DIRECT -> rule.getDispatchRuleDirect().getPin();
            case DISPATCH_RULE_INDIVIDUAL -> rule.getDispatchRuleIndividual().getPin();
            case DISPATCH_RULE_CALLEE -> rule.getDispatchRuleCallee().getPin();
            default -> "";
        };
    }

    private static Set<String> numberKeys(List<String> numbers) {
        return orAny(numbers).stream().map(InboundRules::normalize).collect(Collectors.toSet());
    }

    private static List<String> orAny(List<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }

    /** LiveKit's NormalizeNumber: digits with spaces, dashes and brackets lose them and gain a "+"; others stay. */
    static String normalize(String number) {
        if (number.isEmpty() || !number.matches("\\+?[\\d\\- ()]+")) {
            return number;
        }
        String digits = number.replaceAll("[ ()\\-]", "");
        return digits.startsWith("+") ? digits : "+" + digits;
    }

    private static String id(SIPInboundTrunkInfo trunk) {
        return trunk.getSipTrunkId().isEmpty() ? "<new>" : trunk.getSipTrunkId();
    }

    /** Go's %q of a string list, or "&lt;any&gt;" for none (sip.go printNumbers). */
    private static String numbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return "<any>";
        }
        List<String> quoted = new ArrayList<>();
        numbers.forEach(n -> quoted.add(quote(n)));
        return "[" + String.join(" ", quoted) + "]";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
