package org.switchboard.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * An immutable snapshot of one agent for desks and wallboards.
 *
 * @param id the agent's id
 * @param name display name
 * @param state current state
 * @param reason not-ready reason code, or null
 * @param contactId the contact offered, connected or in wrap-up, or null
 * @param since when the agent entered {@code state}
 * @param callsToday contacts answered today
 * @param talkTimeToday talk and hold time today
 * @param queues the queues the agent is a member of
 */
public record AgentView(String id, String name, AgentStateName state, String reason, String contactId, Instant since,
		int callsToday, Duration talkTimeToday, List<String> queues) {

	public AgentView {
		queues = List.copyOf(queues);
	}

}
