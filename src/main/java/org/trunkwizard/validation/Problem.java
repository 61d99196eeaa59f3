package org.trunkwizard.validation;

import java.util.Objects;

/**
 * Something the user should know about one field.
 *
 * @param field    the lk JSON field name ({@code address}, {@code numbers[2]}, {@code auth_password}...), or a
 *                 connection field ({@code livekit_url}, {@code api_key}, {@code api_secret})
 * @param severity error (blocks) or warning
 * @param message  what is wrong, in plain words
 * @param hint     what to type or do instead; may be empty
 */
public record Problem(String field, Severity severity, String message, String hint) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(String field, String message, String hint) {
        return new Problem(field, Severity.ERROR, message, hint);
    }

    public static Problem warning(String field, String message, String hint) {
        return new Problem(field, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /*
     * equals and hashCode written out: the generated ones bootstrap java.lang.runtime.ObjectMethods on first use,
     * about 90 ms of a validate run that compares problems once (issue 16). Same meaning: every component equal.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && field.equals(p.field) && severity == p.severity && message.equals(p.message)
                && hint.equals(p.hint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, severity, message, hint);
    }

    /** True for the field itself and its indexed parts: "numbers" matches "numbers[3]". */
    public boolean concerns(String fieldName) {
        return field.equals(fieldName) || field.startsWith(fieldName + "[");
    }
}
