package org.switchboard.engine.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.switchboard.engine.Action;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.journal.Journal;

/**
 * The real {@link Engine}, configured from a scenario: one engine queue per scenario
 * queue, and each agent a member of every queue whose required skills they meet.
 */
final class EngineCenter implements SimulatedCenter {

	private final Engine engine;

	private EngineCenter(Engine engine) {
		this.engine = engine;
	}

	static EngineCenter create(Scenario scenario, Journal journal, RandomGenerator random) {
		return new EngineCenter(new Engine(config(scenario), journal, random));
	}

	/** The engine configuration a scenario stands for. */
	static CenterConfig config(Scenario scenario) {
		CenterConfig.Builder center = CenterConfig.builder();
		for (Scenario.QueueSpec queue : scenario.queues()) {
			QueueConfig.Builder builder = QueueConfig.named(queue.name())
				.strategy(queue.strategy())
				.serviceLevelSeconds(scenario.serviceLevelSeconds())
				.wrapUpSeconds(wrapUpSeconds(scenario, queue));
			queue.requiredSkills().forEach(builder::requiredSkill);
			center.queue(builder);
		}
		for (Scenario.AgentGroup group : scenario.agents()) {
			for (int i = 0; i < group.count(); i++) {
				CenterConfig.AgentBuilder agent = AgentConfig.of(group.agentId(i));
				group.skills().forEach(agent::skill);
				scenario.queues()
					.stream()
					.filter((q) -> q.accepts(group.skills()))
					.forEach((q) -> agent.queue(q.name()));
				center.agent(agent);
			}
		}
		return center.build();
	}

	/**
	 * The engine's wrap-up timer when every qualified group has the same wrap-up time;
	 * otherwise -1 (until the agent says ready), and the simulator ends each agent's
	 * wrap-up after the group's time.
	 */
	private static int wrapUpSeconds(Scenario scenario, Scenario.QueueSpec queue) {
		List<Integer> values = scenario.agents()
			.stream()
			.filter((g) -> queue.accepts(g.skills()))
			.map(Scenario.AgentGroup::wrapUpSeconds)
			.distinct()
			.toList();
		return (values.size() == 1) ? values.get(0) : -1;
	}

	@Override
	public List<Action> handle(Input input, Instant now) {
		return this.engine.handle(input, now);
	}

	@Override
	public List<Action> tick(Instant now) {
		return this.engine.tick(now);
	}

	@Override
	public Optional<Instant> nextDeadline() {
		return this.engine.nextDeadline();
	}

}
