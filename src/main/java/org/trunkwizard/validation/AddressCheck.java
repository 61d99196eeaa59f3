package org.trunkwizard.validation;

import java.util.List;

/** TEMP stub (lead: drop on merge). */
public record AddressCheck(String normalized, List<Problem> problems) {
}
