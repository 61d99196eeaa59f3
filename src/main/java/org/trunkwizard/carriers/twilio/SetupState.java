package org.trunkwizard.carriers.twilio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trunkwizard.carriers.setup.Carrier;
import org.trunkwizard.carriers.setup.SetupRecord;

/** What this tool created on Twilio and LiveKit for one setup ({@code twilio-<slug>.json}); IDs only. */
final class SetupState {

    /** The fields as stored; names are the file's JSON keys. */
    static final class Created {
        String trunkSid = "";
        String credentialListSid = "";
        String credentialSid = "";
        String originationUrlSid = "";
        String livekitTrunkId = "";
        boolean trunk;
        boolean credentialList;
        boolean credentialListAttached;
        List<String> numberSids = new ArrayList<>();
        /** Number SID to the trunk it was moved from (only with --move-numbers), so undo can put it back. */
        java.util.Map<String, String> movedFrom = new java.util.LinkedHashMap<>();
        boolean livekitTrunk;
    }

    private final SetupRecord<Created> record;
    final Created created;

    private SetupState(SetupRecord<Created> record) {
        this.record = record;
        this.created = record.created();
        if (created.numberSids == null) {
            created.numberSids = new ArrayList<>();
        }
        if (created.movedFrom == null) {
            created.movedFrom = new java.util.LinkedHashMap<>();
        }
    }

    static SetupState load(Path folder, String name) {
        return new SetupState(SetupRecord.load(folder, Carrier.TWILIO, name, Created.class, Created::new));
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
