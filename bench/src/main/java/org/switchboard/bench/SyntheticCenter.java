package org.switchboard.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.switchboard.engine.Action;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;

/**
 * A synthetic center for the engine benchmarks: {@code queues} longest-idle queues, each
 * requiring its own skill (unless told otherwise), and {@code agents} agents, each a
 * member of {@link #QUEUES_PER_AGENT} queues spread evenly over all of them (agent
 * {@code i} serves queues {@code i}, {@code i + Q/5}, {@code i + 2Q/5}, ... modulo Q), so
 * that every queue has about {@code 5 * agents / queues} members. The journal only counts
 * events, so that nothing accumulates across invocations. The clock is the benchmark's:
 * it starts just after midnight and each caller moves it forward, so that no midnight
 * roll-over (which visits every agent) falls into a measurement.
 */
final class SyntheticCenter {

	/** Queue memberships per agent (or every queue, when there are fewer). */
	static final int QUEUES_PER_AGENT = 5;

	private static final Instant START = Instant.parse("2026-03-02T00:00:01Z");

	final Engine engine;

	final String[] agentIds;

	final String[] queueEntries;

	/** Journal events seen; read by the benchmarks as a sanity check. */
	long events;

	private long nowMillis = START.toEpochMilli();

	private long nextContact;

	SyntheticCenter(int agents, int queues) {
		this(agents, queues, true);
	}

	/**
	 * With {@code requiredSkills} false the queues require no skill, so the engine keeps
	 * one ready pool per queue instead of two (qualified members and all members).
	 */
	SyntheticCenter(int agents, int queues, boolean requiredSkills) {
		this.agentIds = new String[agents];
		this.queueEntries = new String[queues];
		CenterConfig.Builder center = CenterConfig.builder();
		for (int q = 0; q < queues; q++) {
			QueueConfig.Builder queue = QueueConfig.named(queueName(q));
			if (requiredSkills) {
				queue.requiredSkill(skill(q), 1);
			}
			center.queue(queue);
			this.queueEntries[q] = "queue:" + queueName(q);
		}
		int perAgent = Math.min(QUEUES_PER_AGENT, queues);
		int stride = queues / perAgent;
		for (int i = 0; i < agents; i++) {
			this.agentIds[i] = "agent-" + i;
			CenterConfig.AgentBuilder agent = AgentConfig.of(this.agentIds[i]);
			for (int j = 0; j < perAgent; j++) {
				int q = (i + j * stride) % queues;
				agent.skill(skill(q), 1 + (i % 10)).queue(queueName(q));
			}
			center.agent(agent);
		}
		this.engine = new Engine(center.build(), (event) -> this.events++, RandomGenerator.of("L64X128MixRandom"));
	}

	private static String queueName(int q) {
		return "q" + q;
	}

	private static String skill(int q) {
		return "s" + q;
	}

	/** The clock reading for the next input. */
	Instant now() {
		return Instant.ofEpochMilli(this.nowMillis);
	}

	/** Moves the clock forward one millisecond. */
	void advance() {
		this.nowMillis++;
	}

	List<Action> send(Input input) {
		return this.engine.handle(input, now());
	}

	void loginAll() {
		for (String agent : this.agentIds) {
			send(new Input.AgentLogin(agent));
		}
	}

	/** A new contact for queue number {@code q}, not yet sent. */
	Input.ContactArrives newContact(int q) {
		return new Input.ContactArrives("c-" + (++this.nextContact), "+1555" + this.nextContact, "100",
				this.queueEntries[q], Map.of());
	}

	/**
	 * The single ring among {@code actions}; fails loudly when the steady state broke.
	 */
	static Action.RingAgent ringIn(List<Action> actions, String what) {
		Action.RingAgent ring = null;
		for (Action action : actions) {
			if (action instanceof Action.RingAgent found) {
				if (ring != null) {
					throw new IllegalStateException(what + " rang two agents: " + actions);
				}
				ring = found;
			}
		}
		if (ring == null) {
			throw new IllegalStateException(what + " rang no agent; the benchmark's steady state broke: " + actions);
		}
		return ring;
	}

}
