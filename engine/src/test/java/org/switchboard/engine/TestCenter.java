package org.switchboard.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;

/** An engine on a fake clock that records every event and action, for engine tests. */
final class TestCenter {

	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	final Engine engine;

	final List<EngineEvent> events = new ArrayList<>();

	final List<Action> actions = new ArrayList<>();

	Instant now = START;

	TestCenter(CenterConfig config) {
		this.engine = new Engine(config, this.events::add, RandomGenerator.of("L64X128MixRandom"));
	}

	List<Action> send(Input input) {
		List<Action> result = this.engine.handle(input, this.now);
		this.actions.addAll(result);
		return result;
	}

	List<Action> advance(int seconds) {
		this.now = this.now.plusSeconds(seconds);
		List<Action> result = this.engine.tick(this.now);
		this.actions.addAll(result);
		return result;
	}

	void ready(String... agents) {
		for (String agent : agents) {
			send(new Input.AgentLogin(agent));
			send(new Input.AgentReady(agent));
		}
	}

	List<Action> call(String contactId, String entry) {
		return call(contactId, "+15550001", entry);
	}

	List<Action> call(String contactId, String caller, String entry) {
		return send(new Input.ContactArrives(contactId, caller, "100", entry, Map.of()));
	}

	/** The agent the contact was last offered to (rung at). */
	String offeredAgent(String contactId) {
		String agent = null;
		for (Action action : this.actions) {
			if (action instanceof Action.RingAgent ring && ring.contactId().equals(contactId)) {
				agent = ring.agentId();
			}
		}
		return agent;
	}

	AgentStateName state(String agent) {
		return this.engine.agent(agent).state();
	}

	<T extends EngineEvent> List<T> events(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	List<String> contactEventTypes(String contactId) {
		return this.events.stream()
			.filter((event) -> event instanceof ContactEvent contact && contact.contactId().equals(contactId))
			.map(EngineEvent::type)
			.toList();
	}

	List<InvariantViolated> violations() {
		return events(InvariantViolated.class);
	}

	List<AgentStateChanged> agentChanges(String agent) {
		return events(AgentStateChanged.class).stream().filter((event) -> event.agentId().equals(agent)).toList();
	}

	void clear() {
		this.events.clear();
		this.actions.clear();
	}

}
