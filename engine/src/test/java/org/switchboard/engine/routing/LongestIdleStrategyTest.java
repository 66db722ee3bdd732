package org.switchboard.engine.routing;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

import static org.assertj.core.api.Assertions.assertThat;

class LongestIdleStrategyTest {

	private final LongestIdleStrategy strategy = new LongestIdleStrategy();

	private final ReadyPool pool = this.strategy.newPool();

	@Test
	void routesCallToLongestIdleAgent() {
		this.pool.add(Agents.member(Agents.readySince("recent", 50), 0, 0));
		this.pool.add(Agents.member(Agents.readySince("oldest", 10), 0, 1));
		this.pool.add(Agents.member(Agents.readySince("middle", 30), 0, 2));

		assertThat(Agents.chosen(this.pool)).containsExactly("oldest");
	}

	@Test
	void lowerPenaltyTierComesBeforeLongerIdle() {
		this.pool.add(Agents.member(Agents.readySince("backup", 0), 1, 0));
		this.pool.add(Agents.member(Agents.readySince("primary", 60), 0, 1));

		assertThat(Agents.chosen(this.pool)).containsExactly("primary");
	}

	@Test
	void passesOverAgentsWhoMissedTheContactUnlessNoOneElseIsReady() {
		Member oldest = Agents.member(Agents.readySince("oldest", 10), 0, 0);
		this.pool.add(oldest);
		this.pool.add(Agents.member(Agents.readySince("next", 20), 0, 1));

		assertThat(Agents.chosen(this.pool, Set.of("oldest"))).containsExactly("next");
		assertThat(Agents.chosen(this.pool, Set.of("oldest", "next"))).containsExactly("oldest");
	}

	@Test
	void removedAgentIsNoLongerChosen() {
		Member oldest = Agents.member(Agents.readySince("oldest", 10), 0, 0);
		this.pool.add(oldest);
		this.pool.add(Agents.member(Agents.readySince("next", 20), 0, 1));
		this.pool.remove(oldest);

		assertThat(Agents.chosen(this.pool)).containsExactly("next");
		assertThat(this.strategy.explain(oldest)).contains("longest idle").contains("09:00:10");
	}

	@Test
	void keepsIdleOrderWhenAgentsJoinOutOfOrderAndLeaveFromTheMiddle() {
		int[] readyAt = { 40, 10, 70, 10, 20, 90, 5, 60 };
		java.util.List<Member> members = new java.util.ArrayList<>();
		for (int i = 0; i < readyAt.length; i++) {
			Member member = Agents.member(Agents.readySince("m" + i, readyAt[i]), (i == 5) ? 1 : 0, i);
			members.add(member);
			this.pool.add(member);
		}
		this.pool.remove(members.get(4));
		this.pool.remove(members.get(6));

		java.util.List<String> order = new java.util.ArrayList<>();
		while (!this.pool.isEmpty()) {
			Member next = this.pool.choose(Set.of(), null).get(0);
			order.add(next.agentId());
			this.pool.remove(next);
		}

		assertThat(order).containsExactly("m1", "m3", "m0", "m7", "m2", "m5");
	}

	@Test
	void rejoiningMemberTakesThePlaceOfItsNewReadyMoment() {
		Agent first = Agents.readySince("first", 10);
		Member rejoins = Agents.member(first, 0, 0);
		this.pool.add(rejoins);
		this.pool.add(Agents.member(Agents.readySince("second", 20), 0, 1));
		this.pool.remove(rejoins);
		first.moveTo(AgentStateName.NOT_READY, "break", null, Agents.T0.plusSeconds(25));
		first.moveTo(AgentStateName.READY, null, null, Agents.T0.plusSeconds(30));
		this.pool.add(rejoins);
		this.pool.add(rejoins);

		assertThat(this.pool.size()).isEqualTo(2);
		assertThat(Agents.chosen(this.pool)).containsExactly("second");
	}

	@Test
	void memberInTwoPoolsLeavesOneAndStaysInTheOther() {
		ReadyPool other = this.strategy.newPool();
		Member both = Agents.member(Agents.readySince("both", 10), 0, 0);
		Member later = Agents.member(Agents.readySince("later", 20), 0, 1);
		this.pool.add(both);
		this.pool.add(later);
		other.add(both);
		other.add(later);

		this.pool.remove(both);
		this.pool.remove(both);

		assertThat(Agents.chosen(this.pool)).containsExactly("later");
		assertThat(Agents.chosen(other)).containsExactly("both");
		assertThat(this.pool.size()).isEqualTo(1);
		assertThat(other.size()).isEqualTo(2);
	}

	@Test
	void emptiedTierIsPassedOverAndFilledAgain() {
		Member primary = Agents.member(Agents.readySince("primary", 10), 0, 0);
		this.pool.add(primary);
		this.pool.add(Agents.member(Agents.readySince("backup", 5), 1, 1));
		this.pool.remove(primary);

		assertThat(Agents.chosen(this.pool)).containsExactly("backup");
		this.pool.add(primary);
		assertThat(Agents.chosen(this.pool)).containsExactly("primary");
	}

	@Test
	void emptyPoolChoosesNoOne() {
		Member only = Agents.member(Agents.readySince("only", 10), 0, 0);
		this.pool.add(only);
		this.pool.remove(only);

		assertThat(this.pool.isEmpty()).isTrue();
		assertThat(Agents.chosen(this.pool)).isEmpty();
	}

}
