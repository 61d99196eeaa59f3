package org.trunkwizard.carriers.telnyx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.SetupRecord;

/** What this tool created on Telnyx and LiveKit for one setup ({@code telnyx-<slug>.json}); IDs only. */
final class TelnyxState {

    /** The fields as stored; names are the file's JSON keys. */
    static final class Created {
        String profileId = "";
        boolean profile;
        String connectionId = "";
        boolean connection;
        /** Generated once and kept: Telnyx user names are unique across all of Telnyx, so a rerun must reuse it. */
        String userName = "";
        String fqdnConnectionId = "";
        boolean fqdnConnection;
        String fqdnId = "";
        /** Number IDs this tool assigned, each to the connection it was on before ("" when it was on none). */
        Map<String, String> assignedFrom = new LinkedHashMap<>();
        String livekitTrunkId = "";
        boolean livekitTrunk;
        /**
         * Set just before a create and cleared once its ID is recorded: when the reply was lost (the create happened,
         * the answer did not arrive), the one found by name next time is ours, for undo to remove.
         */
        boolean profilePending;
        boolean connectionPending;
        boolean fqdnConnectionPending;
    }

    private final SetupRecord<Created> record;
    final Created created;

    private TelnyxState(SetupRecord<Created> record) {
        this.record = record;
        this.created = record.created();
        if (created.assignedFrom == null) {
            created.assignedFrom = new LinkedHashMap<>();
        }
    }

    static TelnyxState load(Path folder, String name) {
        return new TelnyxState(SetupRecord.load(folder, Carrier.TELNYX, name, Created.class, Created::new));
    }

    /** The connections that are this setup's own, whose numbers are not "used elsewhere". */
    List<String> ownConnections() {
        List<String> out = new ArrayList<>();
        if (!created.connectionId.isEmpty()) {
            out.add(created.connectionId);
        }
        if (!created.fqdnConnectionId.isEmpty()) {
            out.add(created.fqdnConnectionId);
        }
        return out;
    }

    void save() {
        record.save();
    }

    void forget() {
        record.forget();
    }

    boolean isEmpty() {
        return record.isEmpty();
    }
}
