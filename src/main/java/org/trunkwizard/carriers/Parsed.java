package org.trunkwizard.carriers;

import java.util.Objects;
import java.util.Optional;
import org.trunkwizard.validation.Problem;

/**
 * What a lenient parser made of typed text: a value, or the problem that says why not and what to type instead.
 * Parsers returning this never throw on any string.
 */
public record Parsed<T>(Optional<T> value, Optional<Problem> problem) {

    public Parsed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(problem, "problem");
        if (value.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("exactly one of value and problem");
        }
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Optional.of(value), Optional.empty());
    }

    public static <T> Parsed<T> failed(Problem problem) {
        return new Parsed<>(Optional.empty(), Optional.of(problem));
    }

    public boolean isOk() {
        return value.isPresent();
    }
}
