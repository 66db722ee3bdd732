package org.switchboard.engine.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinearStrategyTest {

	private final ReadyPool pool = new LinearStrategy().newPool();

	@Test
	void alwaysOffersTheFirstReadyAgentInConfiguredOrder() {
		this.pool.add(Agents.member(Agents.readySince("third", 0), 0, 2));
		this.pool.add(Agents.member(Agents.readySince("second", 0), 0, 1));
		Member first = Agents.member(Agents.readySince("first", 500), 0, 0);
		this.pool.add(first);

		assertThat(Agents.chosen(this.pool)).containsExactly("first");
		this.pool.remove(first);
		assertThat(Agents.chosen(this.pool)).containsExactly("second");
		assertThat(new LinearStrategy().explain(first)).contains("position 0");
	}

}
