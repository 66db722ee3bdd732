package org.switchboard.engine.sim;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.ContactEvent.AbandonPoint;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.Journal;

/**
 * A deliberately tiny single-queue stand-in for the engine (FIFO callers, longest-idle
 * agents, no timers), so that the simulator's own event loop can be tested in isolation.
 * The real simulations drive {@code Engine}.
 */
final class FifoTestCenter implements SimulatedCenter {

	private final Journal journal;

	private final Deque<String> waiting = new ArrayDeque<>();

	private final Deque<String> idle = new ArrayDeque<>();

	private final Map<String, AgentStateName> states = new HashMap<>();

	private final Map<String, String> agentOf = new HashMap<>();

	private final java.util.Set<String> leaving = new java.util.HashSet<>();

	private final String queue;

	private Instant now;

	private List<Action> actions;

	FifoTestCenter(String queue, Journal journal) {
		this.queue = queue;
		this.journal = journal;
	}

	@Override
	public List<Action> handle(Input input, Instant now) {
		this.now = now;
		this.actions = new ArrayList<>();
		if (input instanceof Input.ContactArrives a) {
			this.journal.append(new ContactEvent.ContactArrived(now, a.contactId(), a.callerNumber(), null, Map.of()));
			this.journal.append(new ContactEvent.ContactQueued(now, a.contactId(), this.queue, 0));
			this.waiting.addLast(a.contactId());
			match();
		}
		else if (input instanceof Input.AgentAnswered a) {
			this.journal.append(new ContactEvent.ContactAnswered(now, a.contactId(), this.queue, a.agentId()));
			state(a.agentId(), AgentStateName.ON_CALL, a.contactId());
			this.actions.add(new Action.Bridge(a.contactId(), a.agentId()));
		}
		else if (input instanceof Input.CallerHungUp h) {
			String agent = this.agentOf.remove(h.contactId());
			if (agent == null) {
				this.waiting.remove(h.contactId());
				this.journal
					.append(new ContactEvent.ContactAbandoned(now, h.contactId(), this.queue, AbandonPoint.QUEUE));
			}
			this.journal.append(new ContactEvent.ContactEnded(now, h.contactId(), EndedBy.CALLER));
			if (agent != null) {
				state(agent, AgentStateName.WRAP_UP, h.contactId());
			}
		}
		else if (input instanceof Input.AgentLogin l) {
			state(l.agentId(), AgentStateName.NOT_READY, null);
		}
		else if (input instanceof Input.AgentReady r) {
			if (this.leaving.remove(r.agentId())) {
				state(r.agentId(), AgentStateName.LOGGED_OUT, null);
				return this.actions;
			}
			state(r.agentId(), AgentStateName.READY, null);
			this.idle.addLast(r.agentId());
			match();
		}
		else if (input instanceof Input.AgentLogout l) {
			if (this.idle.remove(l.agentId()) || this.states.get(l.agentId()) == AgentStateName.NOT_READY) {
				state(l.agentId(), AgentStateName.LOGGED_OUT, null);
			}
			else {
				// busy: out when the wrap-up ends, as the engine does
				this.leaving.add(l.agentId());
			}
		}
		return this.actions;
	}

	private void match() {
		while (!this.waiting.isEmpty() && !this.idle.isEmpty()) {
			String contact = this.waiting.removeFirst();
			String agent = this.idle.removeFirst();
			this.agentOf.put(contact, agent);
			this.journal.append(new ContactEvent.ContactOffered(this.now, contact, this.queue, agent));
			state(agent, AgentStateName.RESERVED, contact);
			this.actions.add(new Action.RingAgent(contact, agent, java.time.Duration.ofSeconds(20)));
		}
	}

	private void state(String agent, AgentStateName to, String contact) {
		AgentStateName from = this.states.getOrDefault(agent, AgentStateName.LOGGED_OUT);
		this.states.put(agent, to);
		this.journal.append(new AgentStateChanged(this.now, agent, from, to, null, contact));
	}

	@Override
	public List<Action> tick(Instant now) {
		return List.of();
	}

	@Override
	public Optional<Instant> nextDeadline() {
		return Optional.empty();
	}

}
