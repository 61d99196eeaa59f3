package org.trunkwizard.trunk;

import java.util.List;
import java.util.Set;

/**
 * A trunk as a file states it.
 *
 * @param spec      the trunk (fields the file leaves out are empty)
 * @param fields    lk JSON names of the fields the file states: what an update changes
 * @param unchecked fields LiveKit knows that the wizard passes on without checking (from_host, include_headers...)
 * @param unknown   names in the file that no outbound trunk field has (a newer LiveKit's, or a typo): not sent
 */
public record TrunkDocument(TrunkSpec spec, Set<String> fields, List<String> unchecked, List<String> unknown) {

    public TrunkDocument {
        fields = Set.copyOf(fields);
        unchecked = List.copyOf(unchecked);
        unknown = List.copyOf(unknown);
    }

    /** The stated fields with their values, as {@code update} applies them. */
    public TrunkPatch patch() {
        return new TrunkPatch(fields, spec);
    }
}
