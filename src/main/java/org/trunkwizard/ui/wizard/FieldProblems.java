package org.trunkwizard.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.livekit.LiveKitConnection;
import org.trunkwizard.trunk.TrunkSpec;
import org.trunkwizard.validation.AddressCheck;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.SipAddress;

/**
 * The one place the window asks about a field: TrunkChecks for the trunk, LiveKitConnection for the project's URL,
 * key and secret, and LiveKit's last complaint (a failed create) beside the field it names.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    static List<Problem> of(WizardModel m, String field) {
        List<Problem> all = new ArrayList<>();
        switch (field) {
            case "livekit_url", "api_key", "api_secret" -> all.addAll(LiveKitConnection.check(m.liveKitUrl.get(),
                    m.apiKey.get(), m.apiSecret.get()).stream().filter(p -> p.concerns(field)).toList());
            // TrunkChecks takes "no carrier" as "other"; the window still wants a choice made.
            case "carrier" -> {
                if (m.carrier.get() == null) {
                    all.add(Problem.error("carrier", Messages.get("ui.carrier.required"), ""));
                }
                all.addAll(m.checks().get().about(field));
            }
            default -> all.addAll(m.checks().get().about(field));
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

    /**
     * Every problem of every page before Review, for Review's list and its Create button. The project's URL, key and
     * secret count too: a restored draft has no secret, and Create without one can only bounce.
     */
    static List<Problem> all(WizardModel m) {
        List<Problem> all = new ArrayList<>();
        for (Step s : List.of(Step.PROJECT, Step.CARRIER, Step.BASIC, Step.CONNECTION, Step.OPTIONAL)) {
            all.addAll(ofStep(m, s));
        }
        // Whatever TrunkChecks says about a field no page shows still belongs on Review.
        all.addAll(m.checks().get().problems());
        return distinct(all);
    }

    /** The trunk as it will be sent: TrunkChecks' normalized copy (bare host, E.164 numbers, no duplicates). */
    public static TrunkSpec toSend(WizardModel m) {
        return m.checks().get().normalized();
    }

    /** The address field's own verdict, for its "Will send" line. */
    static AddressCheck address(WizardModel m) {
        return SipAddress.check(m.address.get(), m.transport.get(), java.util.Optional.ofNullable(m.carrier.get()));
    }

    /** One row per typed number (status, country, E.164), for the numbers list under the field. */
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
