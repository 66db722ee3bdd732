package org.switchboard.server.live;

import java.util.List;
import java.util.Map;

/**
 * What the supervisor's wallboard shows at one moment. Instants are epoch milliseconds;
 * durations are computed by the page from {@code serverMillis}.
 *
 * @param version the floor's event count when taken (the event stream's id)
 * @param eventWallMillis wall-clock time the newest engine event reached the live floor
 * @param serverMillis the server's clock when taken
 * @param serviceLevelFormula the service-level formula, spelled out
 * @param serviceLevelThresholdSeconds the service-level threshold
 * @param queues per queue figures, in configuration order
 * @param agents per agent state, by id
 * @param alerts current alerts, oldest first
 */
public record WallboardSnapshot(long version, long eventWallMillis, long serverMillis, String serviceLevelFormula,
		long serviceLevelThresholdSeconds, List<QueueRow> queues, List<AgentRow> agents, List<Alert> alerts) {

	/**
	 * One queue today.
	 *
	 * @param name queue name
	 * @param waiting callers waiting now (queued or ringing an agent)
	 * @param longestWaitSince when the longest-waiting caller joined, or null
	 * @param offered contacts that entered the queue today
	 * @param answered of those, answered
	 * @param abandoned of those, abandoned
	 * @param serviceLevel service level under the named formula, 0..1, or null when
	 * nothing was offered
	 * @param asaSeconds average speed of answer, or null when nothing was answered
	 * @param agentsByState member agents by state
	 */
	public record QueueRow(String name, int waiting, Long longestWaitSince, long offered, long answered, long abandoned,
			Double serviceLevel, Double asaSeconds, Map<String, Integer> agentsByState) {
	}

	/**
	 * One agent now.
	 *
	 * @param id job number
	 * @param name display name
	 * @param state engine state
	 * @param reason not-ready reason code or null
	 * @param since when the state began
	 * @param contactId current contact or null
	 * @param callerNumber the current contact's caller or null
	 * @param callSince when the current call was answered, or null
	 */
	public record AgentRow(String id, String name, String state, String reason, Long since, String contactId,
			String callerNumber, Long callSince) {
	}

	/**
	 * Something the supervisor should look at.
	 *
	 * @param kind LONG_WAIT, LONG_NOT_READY or MISSED_RING
	 * @param subject the queue or agent concerned
	 * @param since when the condition began
	 */
	public record Alert(String kind, String subject, long since) {
	}

}
