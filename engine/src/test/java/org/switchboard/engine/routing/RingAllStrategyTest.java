package org.switchboard.engine.routing;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RingAllStrategyTest {

	private final RingAllStrategy strategy = new RingAllStrategy();

	private final ReadyPool pool = this.strategy.newPool();

	@Test
	void ringsEveryReadyAgentOfTheBestTier() {
		this.pool.add(Agents.member(Agents.readySince("a", 10), 0, 0));
		this.pool.add(Agents.member(Agents.readySince("b", 5), 0, 1));
		this.pool.add(Agents.member(Agents.readySince("backup", 0), 2, 2));

		assertThat(this.strategy.ringsAll()).isTrue();
		assertThat(Agents.chosen(this.pool)).containsExactly("b", "a");
	}

	@Test
	void leavesOutAgentsWhoMissedTheContact() {
		this.pool.add(Agents.member(Agents.readySince("a", 10), 0, 0));
		this.pool.add(Agents.member(Agents.readySince("b", 5), 0, 1));

		assertThat(Agents.chosen(this.pool, Set.of("b"))).containsExactly("a");
		assertThat(this.strategy.explain(Agents.member(Agents.readySince("a", 10), 0, 0))).contains("ring all");
	}

}
