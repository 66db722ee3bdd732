package org.switchboard.engine;

import java.time.Instant;
import java.util.Map;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * An immutable snapshot of one queue for wallboards.
 *
 * @param name the queue's name
 * @param waiting contacts waiting (not those ringing an agent)
 * @param longestWaitingSince when the longest-waiting contact joined, or null if none
 * waits
 * @param agentsByState members by state (every state present, zero if none)
 * @param qualifiedLoggedIn logged-in members meeting the required skills
 * @param estimatedWaitSeconds estimated wait for a contact joining now
 */
public record QueueView(String name, int waiting, Instant longestWaitingSince,
		Map<AgentStateName, Integer> agentsByState, int qualifiedLoggedIn, double estimatedWaitSeconds) {

	public QueueView {
		agentsByState = Map.copyOf(agentsByState);
	}

}
