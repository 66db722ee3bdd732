package org.switchboard.engine.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeastTalkTimeStrategyTest {

	private final LeastTalkTimeStrategy strategy = new LeastTalkTimeStrategy();

	private final ReadyPool pool = this.strategy.newPool();

	@Test
	void routesToAgentWithLeastTalkTimeEvenWithMoreCalls() {
		this.pool.add(Agents.member(Agents.afterCalls("long-talker", 1, 900, 1000), 0, 0));
		this.pool.add(Agents.member(Agents.afterCalls("short-calls", 4, 60, 1000), 0, 1));

		assertThat(Agents.chosen(this.pool)).containsExactly("short-calls");
	}

	@Test
	void explainsWithTheTalkTime() {
		Member member = Agents.member(Agents.afterCalls("a", 2, 90, 500), 0, 0);

		assertThat(this.strategy.explain(member)).contains("PT3M");
	}

}
