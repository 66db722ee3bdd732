package org.switchboard.server.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.journal.RecoveredState.AgentState;
import org.switchboard.server.journal.RecoveredState.QueueCounters;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds, from stored events only, which agents were logged in (and in which state) and
 * the day's counters, so that a restarted process carries on where the last one stopped.
 */
public class JournalRecovery {

	private final JournalStore store;

	private final JournalProperties properties;

	public JournalRecovery(JournalStore store, JournalProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** The state at {@code now}; "today" starts at midnight in {@code zone}. */
	public RecoveredState recover(Instant now, ZoneId zone) {
		Map<String, AgentState> agents = new HashMap<>();
		this.store.forEachSince(now.minus(this.properties.recoveryWindow()), List.of("AGENT_STATE_CHANGED"),
				(entry) -> {
					JsonNode payload = JournalCodec.payload(entry.payload());
					AgentStateName to = AgentStateName.valueOf(JournalCodec.text(payload, "to"));
					if (to == AgentStateName.LOGGED_OUT) {
						agents.remove(entry.agentId());
					}
					else {
						agents.put(entry.agentId(),
								new AgentState(to, JournalCodec.text(payload, "reason"), entry.occurredAt()));
					}
				});
		Map<String, Integer> answered = new HashMap<>();
		Map<String, QueueCounters> queues = new HashMap<>();
		Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
		this.store.forEachSince(midnight, List.of("CONTACT_QUEUED", "CONTACT_ANSWERED", "CONTACT_ABANDONED"),
				(entry) -> {
					if (entry.type().equals("CONTACT_ANSWERED") && entry.agentId() != null) {
						answered.merge(entry.agentId(), 1, Integer::sum);
					}
					if (entry.queue() != null) {
						queues.merge(entry.queue(), new QueueCounters(0, 0, 0).plus(entry.type()),
								(old, one) -> old.plus(entry.type()));
					}
				});
		return new RecoveredState(agents, answered, queues);
	}

}
