package org.switchboard.server.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.agent.AgentDay;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.server.journal.RecoveredState.AgentDayCounters;
import org.switchboard.server.journal.RecoveredState.AgentState;
import org.switchboard.server.journal.RecoveredState.QueueCounters;

/**
 * Rebuilds, from stored events only, which agents were logged in (and in which state) and
 * the day's counters, so that a restarted process carries on where the last one stopped;
 * and replays the stored events to live views, which rebuild their figures with the same
 * code that follows live events.
 */
public class JournalRecovery {

	private static final Logger log = LoggerFactory.getLogger(JournalRecovery.class);

	private final JournalStore store;

	private final JournalProperties properties;

	public JournalRecovery(JournalStore store, JournalProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** The state at {@code now}; "today" starts at midnight in {@code zone}. */
	public RecoveredState recover(Instant now, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(now, zone);
		Instant midnight = day.atStartOfDay(zone).toInstant();
		Map<String, AgentState> agents = new HashMap<>();
		Map<String, AgentDay> days = new HashMap<>();
		boolean[] today = { false };
		this.store.forEachSince(since(now, midnight), List.of("AGENT_STATE_CHANGED"), (entry) -> {
			AgentStateChanged changed = (AgentStateChanged) JournalCodec.decode(entry);
			if (!today[0] && !changed.at().isBefore(midnight)) {
				today[0] = true;
				days.values().forEach(AgentDay::startNewDay);
			}
			days.computeIfAbsent(changed.agentId(), (id) -> new AgentDay()).moved(changed);
			if (changed.to() == AgentStateName.LOGGED_OUT) {
				agents.remove(changed.agentId());
			}
			else {
				agents.put(changed.agentId(), new AgentState(changed.to(), changed.reason(), changed.at()));
			}
		});
		Map<String, AgentDayCounters> agentDays = new HashMap<>();
		if (today[0]) {
			days.forEach((agent, counters) -> {
				if (counters.calls() > 0 || counters.talkMillis() > 0) {
					agentDays.put(agent, new AgentDayCounters(counters.calls(), counters.talkTime()));
				}
			});
		}
		Map<String, Integer> answered = new HashMap<>();
		Map<String, QueueCounters> queues = new HashMap<>();
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
		return new RecoveredState(day, agents, answered, agentDays, queues);
	}

	/**
	 * Hands {@code consumer} every stored event since the start of the recovery window
	 * (or since midnight in {@code zone}, if earlier), in recorded order, so that a live
	 * view sees the day as it saw it before a restart.
	 * @return how many events were replayed
	 */
	public long replay(Instant now, ZoneId zone, Consumer<EngineEvent> consumer) {
		Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
		long[] count = { 0, 0 };
		this.store.forEachSince(since(now, midnight), (entry) -> {
			EngineEvent event = JournalCodec.decode(entry);
			if (event == null) {
				count[1]++;
				return;
			}
			consumer.accept(event);
			count[0]++;
		});
		if (count[1] > 0) {
			log.warn("Journal replay skipped {} events of types this version does not know", count[1]);
		}
		return count[0];
	}

	private Instant since(Instant now, Instant midnight) {
		Instant window = now.minus(this.properties.recoveryWindow());
		return window.isBefore(midnight) ? window : midnight;
	}

}
