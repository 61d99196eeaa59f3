package org.trunkwizard.livekit;

import java.util.List;

/**
 * The steps after a trunk exists: a dispatch rule that sends calls to the user's agent, and a test call to the
 * user's own phone. A separate interface so that {@link TrunkService}'s test doubles need not grow.
 */
public interface SipSetupService extends TrunkService {

    /**
     * Creates the rule, unless a rule with the same trunks, kind, room, agent and name exists: then that one is
     * returned with {@link DispatchRuleOutcome#alreadyExisted()} true, so a rerun never leaves two.
     */
    DispatchRuleOutcome ensureDispatchRule(DispatchRule rule) throws ApiException;

    /**
     * An inbound trunk for the numbers of the outbound trunk {@code outboundTrunkId}: one that already takes them
     * all ({@link InboundTrunkOutcome#alreadyExisted()} true), or a new one named {@code name} (empty: a default).
     */
    default InboundTrunkOutcome ensureInboundTrunkLike(String outboundTrunkId, String name) throws ApiException {
        return ensureInboundTrunkLike(outboundTrunkId, name, InboundAccess.NUMBERS_ONLY);
    }

    /**
     * The same, a new trunk taking calls only from {@code access}'s addresses and/or with its credentials. A trunk
     * already taking the numbers is reused even if guarded otherwise ({@link InboundTrunkOutcome#otherAccess()}):
     * LiveKit takes a number on one inbound trunk only. Unusable addresses are refused before anything is sent.
     */
    InboundTrunkOutcome ensureInboundTrunkLike(String outboundTrunkId, String name, InboundAccess access)
            throws ApiException;

    /** The project's inbound trunks. */
    List<InboundTrunkOutcome> listInboundTrunks() throws ApiException;

    /** The project's dispatch rules. */
    List<StoredDispatchRule> listDispatchRules() throws ApiException;

    /** Dials the call; failures carry the carrier's SIP status explained. Blocks up to the call timeout. */
    TestCall.Placed placeTestCall(TestCall call) throws ApiException;
}
