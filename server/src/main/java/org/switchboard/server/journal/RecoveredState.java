package org.switchboard.server.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * What the journal says about the center when a process starts: the agents still logged
 * in and the day's counters so far.
 *
 * @param day the day the counters belong to, in the center's zone
 * @param agents agent id to its last recorded state (logged-out agents left out)
 * @param answeredToday agent id to contacts answered today
 * @param agentDays agent id to the engine's "today" counters (calls, talk time), for
 * every agent with a call today
 * @param queues queue name to today's counters
 */
public record RecoveredState(LocalDate day, Map<String, AgentState> agents, Map<String, Integer> answeredToday,
		Map<String, AgentDayCounters> agentDays, Map<String, QueueCounters> queues) {

	public RecoveredState {
		agents = Map.copyOf(agents);
		answeredToday = Map.copyOf(answeredToday);
		agentDays = Map.copyOf(agentDays);
		queues = Map.copyOf(queues);
	}

	/** An agent's last recorded state, its not-ready reason (or null) and since when. */
	public record AgentState(AgentStateName state, String reason, Instant since) {
	}

	/**
	 * An agent's contacts answered and talk (and hold) time today, as the engine counts
	 * them.
	 */
	public record AgentDayCounters(int calls, Duration talkTime) {
	}

	/** Contacts that joined, were answered in, or abandoned a queue today. */
	public record QueueCounters(int queued, int answered, int abandoned) {

		QueueCounters plus(String type) {
			return switch (type) {
				case "CONTACT_QUEUED" -> new QueueCounters(this.queued + 1, this.answered, this.abandoned);
				case "CONTACT_ANSWERED" -> new QueueCounters(this.queued, this.answered + 1, this.abandoned);
				case "CONTACT_ABANDONED" -> new QueueCounters(this.queued, this.answered, this.abandoned + 1);
				default -> this;
			};
		}

	}

}
