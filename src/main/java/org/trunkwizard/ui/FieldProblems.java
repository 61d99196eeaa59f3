package org.trunkwizard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.validation.AddressCheck;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.NumberStatus;
import org.trunkwizard.validation.PasswordPolicy;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.SipAddress;

/**
 * The one place the window asks the validation package about a field. TrunkChecks is the source; the field
 * checkers are asked too so the window already shows their verdict while TrunkChecks does not call them yet
 * (lead: once TrunkChecks calls SipAddress, PhoneNumbers and PasswordPolicy, the extra calls only repeat it and
 * the duplicates are dropped here).
 */
final class FieldProblems {

    private FieldProblems() {
    }

    static List<Problem> of(WizardModel m, String field) {
        List<Problem> all = new ArrayList<>();
        switch (field) {
            case "livekit_url", "api_key", "api_secret" -> all.addAll(ProjectFieldChecks.check(m.liveKitUrl.get(),
                    m.apiKey.get(), m.apiSecret.get()).stream().filter(p -> p.concerns(field)).toList());
            default -> all.addAll(m.checks().get().about(field));
        }
        switch (field) {
            case "carrier" -> {
                if (m.carrier.get() == null) {
                    all.add(Problem.error("carrier", Messages.get("ui.carrier.required"), ""));
                } else if (m.carrier.get() == Carrier.LIVEKIT && all.isEmpty()) {
                    // Until TrunkChecks says so itself: LiveKit Phone Numbers cannot place outbound calls today.
                    all.add(Problem.warning("carrier", Messages.get("ui.carrier.livekit.warning"), ""));
                }
            }
            case "address" -> all.addAll(address(m).problems());
            case "numbers" -> numbers(m).stream().filter(n -> n.problem() != null).forEach(n -> all.add(n.problem()));
            case "auth_username", "auth_password" -> all.addAll(PasswordPolicy.check(m.username.get(),
                    m.password.get(), java.util.Optional.ofNullable(m.carrier.get())).stream()
                    .filter(p -> p.concerns(field)).toList());
            default -> { }
        }
        Problem server = m.serverProblem.get();
        if (server != null && server.concerns(field)) {
            all.add(0, server);
        }
        return distinct(all);
    }

    static List<Problem> ofStep(WizardModel m, Step step) {
        List<Problem> all = new ArrayList<>();
        for (String f : step.fields()) {
            all.addAll(of(m, f));
        }
        return all;
    }

    /** Every problem of every page before Review, for Review's list and its Create button. */
    static List<Problem> all(WizardModel m) {
        List<Problem> all = new ArrayList<>();
        for (Step s : List.of(Step.CARRIER, Step.BASIC, Step.CONNECTION, Step.OPTIONAL)) {
            all.addAll(ofStep(m, s));
        }
        // Whatever TrunkChecks says about a field no page shows still belongs on Review.
        all.addAll(m.checks().get().problems());
        return distinct(all);
    }

    /**
     * The trunk as it will be sent: TrunkChecks' normalized copy, with the address and numbers as their own
     * checkers normalize them (the same once TrunkChecks calls them).
     */
    static TrunkSpec toSend(WizardModel m) {
        AddressCheck address = address(m);
        List<String> numbers = numbers(m).stream()
                .filter(n -> n.status() != NumberStatus.DUPLICATE)
                .map(n -> n.e164().isEmpty() ? n.raw() : n.e164())
                .toList();
        return m.checks().get().normalized().toBuilder()
                .address(address.problems().stream().anyMatch(Problem::isError) ? m.address.get().strip()
                        : address.normalized())
                .numbers(numbers)
                .build();
    }

    static AddressCheck address(WizardModel m) {
        return SipAddress.check(m.address.get(), m.transport.get(), java.util.Optional.ofNullable(m.carrier.get()));
    }

    static List<NumberEntry> numbers(WizardModel m) {
        return NUMBERS.get(new NumbersInput(String.join(",", m.numberEntries()), m.region.get()),
                in -> PhoneNumbers.parse(in.text(), in.region()));
    }

    private record NumbersInput(String text, String region) {
    }

    /** One refresh asks for the numbers several times (field, rows, footer): a pasted list is parsed once. */
    private static final LastValue<NumbersInput, List<NumberEntry>> NUMBERS = new LastValue<>();

    private static final class LastValue<K, V> {
        private K key;
        private V value;

        synchronized V get(K k, java.util.function.Function<K, V> compute) {
            if (!k.equals(key)) {
                value = compute.apply(k);
                key = k;
            }
            return value;
        }
    }

    private static List<Problem> distinct(List<Problem> problems) {
        Map<String, Problem> seen = new LinkedHashMap<>();
        for (Problem p : problems) {
            seen.putIfAbsent(p.severity() + "|" + p.field() + "|" + p.message(), p);
        }
        return List.copyOf(seen.values());
    }
}
