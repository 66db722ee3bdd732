package org.switchboard.engine;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.routing.LongestIdleStrategy;
import org.switchboard.engine.routing.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class QueueStatePoolsTest {

	private final QueueState queue = new QueueState(QueueConfig.named("french").requiredSkill("fr", 5).build(),
			new LongestIdleStrategy());

	@Test
	void relaxedAndStrictContactsShareOnePoolWhileEveryMemberIsQualified() {
		Member expert = member("expert", 10, true);
		this.queue.addMember(expert);
		this.queue.addMember(member("other", 20, true));
		this.queue.addReady(expert);

		assertThat(this.queue.splitPools()).isFalse();
		assertThat(this.queue.poolFor(contact(true))).isSameAs(this.queue.poolFor(contact(false)));
		assertThat(this.queue.poolFor(contact(true)).choose(Set.of(), null)).containsExactly(expert);
	}

	@Test
	void anUnqualifiedMemberIsOfferedRelaxedContactsOnly() {
		Member novice = member("novice", 10, false);
		Member expert = member("expert", 20, true);
		this.queue.addMember(novice);
		this.queue.addMember(expert);
		this.queue.addReady(novice);
		this.queue.addReady(expert);

		assertThat(this.queue.splitPools()).isTrue();
		assertThat(this.queue.poolFor(contact(false)).choose(Set.of(), null)).containsExactly(expert);
		assertThat(this.queue.poolFor(contact(true)).choose(Set.of(), null)).containsExactly(novice);

		this.queue.removeReady(novice);
		assertThat(this.queue.poolFor(contact(true)).choose(Set.of(), null)).containsExactly(expert);
		assertThat(this.queue.poolFor(contact(true)).size()).isEqualTo(1);
	}

	@Test
	void refusesAnUnqualifiedMemberOnceQualifiedMembersAreReady() {
		Member expert = member("expert", 10, true);
		this.queue.addMember(expert);
		this.queue.addReady(expert);

		assertThatIllegalStateException().isThrownBy(() -> this.queue.addMember(member("novice", 20, false)))
			.withMessageContaining("french");
	}

	private static Member member(String id, int readySecond, boolean qualified) {
		Agent agent = new Agent(id);
		agent.moveTo(AgentStateName.NOT_READY, Agent.LOGGED_IN, null, TestCenter.START);
		agent.moveTo(AgentStateName.READY, null, null, TestCenter.START.plusSeconds(readySecond));
		return new Member(agent, "french", 0, readySecond, qualified ? 5 : 2, qualified);
	}

	private static Contact contact(boolean relaxed) {
		Contact contact = new Contact("c", "+15550001", "100", Map.of());
		contact.relaxed = relaxed;
		return contact;
	}

}
