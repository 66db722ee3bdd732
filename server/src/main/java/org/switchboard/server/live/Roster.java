package org.switchboard.server.live;

import java.util.List;
import java.util.Map;

/**
 * Who and what the floor shows even before anything happens: agent names, the queues each
 * agent serves, the configured queue names, in display order.
 *
 * @param agentNames display name per agent id
 * @param agentQueues queues per agent id
 * @param queues configured queue names
 * @param wrapUpSeconds configured after-call work per queue (-1: until the agent says
 * ready)
 */
public record Roster(Map<String, String> agentNames, Map<String, List<String>> agentQueues, List<String> queues,
		Map<String, Integer> wrapUpSeconds) {

	public Roster {
		agentNames = Map.copyOf(agentNames);
		agentQueues = Map.copyOf(agentQueues);
		queues = List.copyOf(queues);
		wrapUpSeconds = Map.copyOf(wrapUpSeconds);
	}

	/** Nobody, nothing. */
	public static Roster empty() {
		return new Roster(Map.of(), Map.of(), List.of(), Map.of());
	}

}
