package org.trunkwizard.carriers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/**
 * The dispatch rule the user wants, before the livekit package sends it. Dispatch rules route INCOMING calls
 * (from inbound trunks) to rooms; calls the agent places through an outbound trunk need none.
 *
 * @param type       one room per caller (individual) or every call into one room (direct)
 * @param roomPrefix for individual rules: rooms are named prefix + caller; may be empty
 * @param roomName   for direct rules: the one room
 * @param agentName  the agent to dispatch into the room (its registered agent_name); empty for none
 * @param trunkIds   inbound trunk IDs the rule applies to; empty for all of the project's inbound trunks
 */
public record DispatchRuleDraft(Type type, String roomPrefix, String roomName, String agentName,
        List<String> trunkIds) {

    /** LiveKit's SIPDispatchRuleIndividual and SIPDispatchRuleDirect. */
    public enum Type { INDIVIDUAL, DIRECT }

    private static final int MAX_NAME = 256;

    public DispatchRuleDraft {
        Objects.requireNonNull(type, "type");
        roomPrefix = roomPrefix == null ? "" : roomPrefix.strip();
        roomName = roomName == null ? "" : roomName.strip();
        agentName = agentName == null ? "" : agentName.strip();
        trunkIds = trunkIds == null ? List.of() : trunkIds.stream().map(String::strip).toList();
    }

    public static DispatchRuleDraft individual(String roomPrefix, String agentName) {
        return new DispatchRuleDraft(Type.INDIVIDUAL, roomPrefix, "", agentName, List.of());
    }

    public static DispatchRuleDraft direct(String roomName, String agentName) {
        return new DispatchRuleDraft(Type.DIRECT, "", roomName, agentName, List.of());
    }

    public DispatchRuleDraft withTrunkIds(List<String> ids) {
        return new DispatchRuleDraft(type, roomPrefix, roomName, agentName, ids);
    }

    /** Errors block sending; warnings inform. Field names: room_prefix, room_name, agent_name, trunk_ids[i]. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (type == Type.INDIVIDUAL) {
            if (roomPrefix.isEmpty()) {
                out.add(Problem.warning("room_prefix", Messages.get("carriers.dispatch.prefix.empty"),
                        Messages.get("carriers.dispatch.prefix.hint")));
            }
            checkName("room_prefix", roomPrefix, out);
        } else {
            if (roomName.isEmpty()) {
                out.add(Problem.error("room_name", Messages.get("carriers.dispatch.room.required"),
                        Messages.get("carriers.dispatch.room.hint")));
            }
            checkName("room_name", roomName, out);
        }
        checkName("agent_name", agentName, out);
        if (agentName.chars().anyMatch(Character::isWhitespace)) {
            out.add(Problem.warning("agent_name", Messages.get("carriers.dispatch.agent.spaces"),
                    Messages.get("carriers.dispatch.agent.hint")));
        }
        for (int i = 0; i < trunkIds.size(); i++) {
            TrunkIds.check("trunk_ids[" + i + "]", trunkIds.get(i)).ifPresent(out::add);
        }
        return out;
    }

    public boolean valid() {
        return problems().stream().noneMatch(Problem::isError);
    }

    private static void checkName(String field, String value, List<Problem> out) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            out.add(Problem.error(field, Messages.get("carriers.dispatch.name.control"),
                    Messages.get("carriers.dispatch.name.hint")));
        }
        if (value.length() > MAX_NAME) {
            out.add(Problem.error(field, Messages.get("carriers.dispatch.name.long", MAX_NAME),
                    Messages.get("carriers.dispatch.name.hint")));
        }
    }
}
