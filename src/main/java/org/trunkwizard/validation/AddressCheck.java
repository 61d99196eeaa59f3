package org.trunkwizard.validation;

import java.util.List;
import java.util.Optional;

/**
 * The address as it will be sent, and what is wrong with it.
 *
 * @param normalized a bare {@code host}, {@code host:port} or {@code [IPv6]:port}; the typed text (trimmed) when
 *                   there is an error, since then there is nothing sensible to send
 * @param problems   errors and warnings about the address, all with the field {@code address}
 * @param suggestion the address a hint offers instead (the host without its user name or URI settings), only when
 *                   the same rules accept it: doing what the hint says must not lead to the next error
 */
public record AddressCheck(String normalized, List<Problem> problems, Optional<String> suggestion) {

    public AddressCheck {
        problems = List.copyOf(problems);
        suggestion = suggestion == null ? Optional.empty() : suggestion;
    }

    public AddressCheck(String normalized, List<Problem> problems) {
        this(normalized, problems, Optional.empty());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
