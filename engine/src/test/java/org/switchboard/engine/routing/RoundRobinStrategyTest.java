package org.switchboard.engine.routing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundRobinStrategyTest {

	private final RoundRobinStrategy strategy = new RoundRobinStrategy();

	private final ReadyPool pool = this.strategy.newPool();

	@Test
	void rotatesThroughMembersAndRemembersWhereItStopped() {
		List<Member> members = List.of(Agents.member(Agents.readySince("a", 0), 0, 0),
				Agents.member(Agents.readySince("b", 0), 0, 1), Agents.member(Agents.readySince("c", 0), 0, 2));
		members.forEach(this.pool::add);

		List<String> order = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Member chosen = this.pool.choose(java.util.Set.of(), null).get(0);
			order.add(chosen.agentId());
			this.pool.remove(chosen);
			this.strategy.offered(chosen);
			this.pool.add(chosen);
		}

		assertThat(order).containsExactly("a", "b", "c", "a", "b");
	}

	@Test
	void anAgentWhoWasAwayDoesNotJumpTheRotation() {
		Member a = Agents.member(Agents.readySince("a", 0), 0, 0);
		Member b = Agents.member(Agents.readySince("b", 0), 0, 1);
		this.pool.add(a);
		this.pool.add(b);
		this.pool.remove(a);
		this.strategy.offered(a);
		this.pool.add(a);

		this.pool.remove(b);
		this.pool.add(b);

		assertThat(Agents.chosen(this.pool)).containsExactly("b");
		assertThat(this.strategy.explain(b)).contains("round robin");
	}

}
