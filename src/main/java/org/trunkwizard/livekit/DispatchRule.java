package org.trunkwizard.livekit;

import java.util.List;
import java.util.Set;

/**
 * A dispatch rule for the given trunks: LiveKit's "individual" rule puts each caller in a new room named
 * {@code room + random} ({@code room} is a prefix), the "direct" rule puts every caller in the room {@code room}.
 * {@code agentName} (empty: none) is the agent LiveKit dispatches into that room.
 */
public record DispatchRule(String name, List<String> trunkIds, Kind kind, String room, String agentName) {

    /** OTHER: a rule made elsewhere that this tool does not make (by callee, with a PIN); listed, never matched. */
    public enum Kind { INDIVIDUAL, DIRECT, OTHER }

    public DispatchRule {
        trunkIds = List.copyOf(trunkIds);
        name = name == null ? "" : name;
        room = room == null ? "" : room;
        agentName = agentName == null ? "" : agentName;
    }

    /** An individual rule without an agent: each caller in a new room named {@code roomPrefix + random}. */
    public DispatchRule(String name, List<String> trunkIds, String roomPrefix) {
        this(name, trunkIds, Kind.INDIVIDUAL, roomPrefix, "");
    }

    /** The prefix of an individual rule; empty for a direct rule. */
    public String roomPrefix() {
        return kind == Kind.INDIVIDUAL ? room : "";
    }

    /** Same trunks (in any order), same kind, room, agent and name: a rerun of the same create. */
    public boolean sameAs(DispatchRule other) {
        return Set.copyOf(trunkIds).equals(Set.copyOf(other.trunkIds)) && kind == other.kind
                && room.equals(other.room) && agentName.equals(other.agentName) && name.equals(other.name);
    }
}
