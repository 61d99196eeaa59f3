package org.trunkwizard.validation;

import java.util.List;

/**
 * The address as it will be sent, and what is wrong with it.
 *
 * @param normalized a bare {@code host}, {@code host:port} or {@code [IPv6]:port}; the typed text (trimmed) when
 *                   there is an error, since then there is nothing sensible to send
 * @param problems   errors and warnings about the address, all with the field {@code address}
 */
public record AddressCheck(String normalized, List<Problem> problems) {

    public AddressCheck {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
