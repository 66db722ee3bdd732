package org.switchboard.engine.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FewestCallsStrategyTest {

	private final ReadyPool pool = new FewestCallsStrategy().newPool();

	@Test
	void routesToAgentWithFewestCallsToday() {
		this.pool.add(Agents.member(Agents.afterCalls("busy", 3, 60, 100), 0, 0));
		this.pool.add(Agents.member(Agents.afterCalls("quiet", 1, 600, 900), 0, 1));

		assertThat(Agents.chosen(this.pool)).containsExactly("quiet");
		assertThat(new FewestCallsStrategy().explain(Agents.member(Agents.afterCalls("x", 1, 60, 100), 0, 0)))
			.contains("fewest calls today: 1");
	}

	@Test
	void equalCountsFallBackToLongestIdle() {
		this.pool.add(Agents.member(Agents.afterCalls("later", 2, 60, 500), 0, 0));
		this.pool.add(Agents.member(Agents.afterCalls("earlier", 2, 60, 400), 0, 1));

		assertThat(Agents.chosen(this.pool)).containsExactly("earlier");
	}

	@Test
	void countsSurviveReadyToggles() {
		var agent = Agents.afterCalls("a", 2, 60, 500);

		agent.moveTo(org.switchboard.engine.journal.AgentStateChanged.AgentStateName.NOT_READY, "break", null,
				Agents.T0.plusSeconds(600));
		agent.moveTo(org.switchboard.engine.journal.AgentStateChanged.AgentStateName.READY, null, null,
				Agents.T0.plusSeconds(700));

		assertThat(agent.callsToday()).isEqualTo(2);
	}

}
