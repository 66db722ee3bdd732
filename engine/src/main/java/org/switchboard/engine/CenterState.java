package org.switchboard.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;
import org.switchboard.engine.journal.Journal;
import org.switchboard.engine.routing.CallerMemory;

/**
 * The state the engine's parts share: agents, queues, contacts, timers, the clock reading
 * of the input being handled and the actions it produced. Owned by the single writer.
 */
final class CenterState {

	private static final Logger log = LoggerFactory.getLogger(CenterState.class);

	CenterConfig config;

	final Journal journal;

	final RandomGenerator random;

	final Map<String, AgentEntry> agents = new LinkedHashMap<>();

	final Map<String, QueueState> queues = new HashMap<>();

	final Map<String, Contact> contacts = new HashMap<>();

	/** The (unmodifiable) result of an input that caused no action. */
	static final List<Action> NO_ACTIONS = List.of();

	final Map<String, CenterConfig.InboundRoute> routes = new HashMap<>();

	final Timers timers = new Timers();

	final CallerMemory callers = new CallerMemory();

	Instant now = Instant.EPOCH;

	long nowMillis;

	/**
	 * The actions of the input being handled: {@link #NO_ACTIONS} until the first one, so
	 * that the many inputs that cause none (most agent state changes) allocate no list.
	 */
	List<Action> actions = NO_ACTIONS;

	long joinSeq;

	CenterState(CenterConfig config, Journal journal, RandomGenerator random) {
		this.config = config;
		this.journal = journal;
		this.random = random;
	}

	void emit(EngineEvent event) {
		this.journal.append(event);
	}

	void act(Action action) {
		if (this.actions == NO_ACTIONS) {
			this.actions = new ArrayList<>();
		}
		this.actions.add(action);
	}

	void violation(String invariant, String detail) {
		log.warn("invariant {} violated: {}", invariant, detail);
		emit(new InvariantViolated(this.now, invariant, detail));
	}

	/**
	 * Moves an agent, journals it and keeps the indexes true: leaving READY takes the
	 * agent out of every ready pool, logging in or out changes the queues' staffing.
	 */
	void move(AgentEntry entry, AgentStateName to, String reason, String contactId) {
		AgentStateName from = entry.agent.state();
		if (from == AgentStateName.READY && to != AgentStateName.READY) {
			entry.leaveReadyPools();
		}
		emit(entry.agent.moveTo(to, reason, contactId, this.now));
		if (from == AgentStateName.LOGGED_OUT || to == AgentStateName.LOGGED_OUT) {
			staff(entry, (to == AgentStateName.LOGGED_OUT) ? -1 : 1);
		}
	}

	void staff(AgentEntry entry, int delta) {
		for (int i = 0; i < entry.queues.length; i++) {
			QueueState queue = entry.queues[i];
			queue.loggedInMembers += delta;
			if (entry.members.get(i).qualified()) {
				queue.loggedInQualified += delta;
			}
		}
	}

	long seconds(int seconds) {
		return this.nowMillis + seconds * 1000L;
	}

}
