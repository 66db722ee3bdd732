package org.switchboard.engine.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BestSkillStrategyTest {

	private final BestSkillStrategy strategy = new BestSkillStrategy();

	private final ReadyPool pool = this.strategy.newPool();

	@Test
	void routesToHighestSkillThenLongestIdle() {
		this.pool.add(new Member(Agents.readySince("novice", 0), "q", 0, 0, 3, true));
		this.pool.add(new Member(Agents.readySince("expert-recent", 90), "q", 0, 1, 9, true));
		this.pool.add(new Member(Agents.readySince("expert-idle", 30), "q", 0, 2, 9, true));

		assertThat(Agents.chosen(this.pool)).containsExactly("expert-idle");
	}

	@Test
	void explainsWithTheScore() {
		Member member = new Member(Agents.readySince("a", 0), "q", 0, 0, 7, true);

		assertThat(this.strategy.explain(member)).contains("score 7");
	}

}
