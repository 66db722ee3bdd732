package org.switchboard.engine.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomStrategyTest {

	private final ReadyPool pool = new RandomStrategy().newPool();

	@Test
	void spreadsPicksOverTheLowestTierOnly() {
		for (int i = 0; i < 4; i++) {
			this.pool.add(Agents.member(Agents.readySince("a" + i, 0), 0, i));
		}
		this.pool.add(Agents.member(Agents.readySince("backup", 0), 1, 9));
		RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

		Map<String, Integer> picks = new HashMap<>();
		for (int i = 0; i < 4000; i++) {
			picks.merge(this.pool.choose(Set.of(), random).get(0).agentId(), 1, Integer::sum);
		}

		assertThat(picks).doesNotContainKey("backup").hasSize(4);
		assertThat(picks.values()).allSatisfy((count) -> assertThat(count).isBetween(850, 1150));
	}

	@Test
	void removalKeepsTheOthersPickable() {
		Member a = Agents.member(Agents.readySince("a", 0), 0, 0);
		this.pool.add(a);
		this.pool.add(Agents.member(Agents.readySince("b", 0), 0, 1));
		this.pool.add(Agents.member(Agents.readySince("c", 0), 0, 2));
		this.pool.remove(a);

		assertThat(this.pool.size()).isEqualTo(2);
		for (int i = 0; i < 50; i++) {
			assertThat(Agents.chosen(this.pool)).doesNotContain("a").hasSize(1);
		}
		assertThat(Agents.chosen(this.pool, Set.of("b"))).containsExactly("c");
		assertThat(new RandomStrategy().explain(a)).contains("random").contains("tier 0");
	}

}
