package org.switchboard.engine.routing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StickyStrategyTest {

	private static final long DAY = Duration.ofDays(1).toMillis();

	private final CallerMemory memory = new CallerMemory();

	private final StickyStrategy strategy = new StickyStrategy(this.memory, Duration.ofDays(7), Duration.ofSeconds(30));

	@Test
	void prefersTheAgentWhoLastServedTheCallerWithinTheMemory() {
		this.strategy.served("+4930111", "anna", 0);
		this.strategy.served("+4930111", "ben", 2 * DAY);

		assertThat(this.strategy.preferredAgent("+4930111", 5 * DAY)).isEqualTo("ben");
		assertThat(this.strategy.preferredAgent("+4930222", 5 * DAY)).isNull();
	}

	@Test
	void forgetsCallersServedLongerAgoThanTheMemory() {
		this.strategy.served("+4930111", "anna", 0);

		assertThat(this.strategy.preferredAgent("+4930111", 8 * DAY)).isNull();
		assertThat(this.memory.size()).isZero();
	}

	@Test
	void fallsBackToLongestIdleAmongReadyAgents() {
		ReadyPool pool = this.strategy.newPool();
		pool.add(Agents.member(Agents.readySince("recent", 50), 0, 0));
		pool.add(Agents.member(Agents.readySince("idle", 10), 0, 1));

		assertThat(Agents.chosen(pool)).containsExactly("idle");
		assertThat(this.strategy.waitForPreferred()).isEqualTo(Duration.ofSeconds(30));
		Member idle = Agents.member(Agents.readySince("idle", 10), 0, 1);
		assertThat(this.strategy.explain(idle)).startsWith("sticky fallback, longest idle");
		assertThat(this.strategy.explainPreferred(idle)).contains("within the last 7 days");
	}

}
