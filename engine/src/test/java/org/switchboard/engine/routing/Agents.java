package org.switchboard.engine.routing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/** Builds agents in known states by driving their state machine, for strategy tests. */
final class Agents {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private Agents() {
	}

	/** An agent who became READY {@code readySecond} seconds after T0. */
	static Agent readySince(String id, int readySecond) {
		Agent agent = new Agent(id);
		agent.moveTo(AgentStateName.NOT_READY, Agent.LOGGED_IN, null, T0);
		agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(readySecond));
		return agent;
	}

	/**
	 * Takes {@code calls} calls of {@code talkSeconds} each, then is READY at
	 * {@code readySecond}.
	 */
	static Agent afterCalls(String id, int calls, int talkSeconds, int readySecond) {
		Agent agent = readySince(id, 0);
		Instant at = T0;
		for (int i = 0; i < calls; i++) {
			agent.moveTo(AgentStateName.RESERVED, null, "c" + i, at);
			agent.moveTo(AgentStateName.ON_CALL, null, "c" + i, at);
			at = at.plusSeconds(talkSeconds);
			agent.moveTo(AgentStateName.READY, null, null, at);
		}
		agent.moveTo(AgentStateName.NOT_READY, "break", null, at);
		agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(readySecond));
		return agent;
	}

	static Member member(Agent agent, int penalty, int position) {
		return new Member(agent, "q", penalty, position, 0, true);
	}

	static List<String> chosen(ReadyPool pool) {
		return chosen(pool, Set.of());
	}

	static List<String> chosen(ReadyPool pool, Set<String> avoid) {
		return pool.choose(avoid, RandomGenerator.of("L64X128MixRandom")).stream().map(Member::agentId).toList();
	}

}
