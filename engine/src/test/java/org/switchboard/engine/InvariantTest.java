package org.switchboard.engine;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;

import static org.assertj.core.api.Assertions.assertThat;

class InvariantTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales"))
		.queue(QueueConfig.named("all").strategy("ring-all"))
		.agent(AgentConfig.of("a1").queue("sales").queue("all"))
		.agent(AgentConfig.of("a2").queue("sales").queue("all"))
		.agent(AgentConfig.of("a3").queue("all"))
		.build());

	@Test
	void answerByAnAgentWhoWasNotOfferedIsReportedNotFixed() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentLogin("a2"));

		this.center.send(new Input.AgentAnswered("c1", "a2"));

		assertThat(this.center.violations()).singleElement()
			.satisfies((violation) -> assertThat(violation.invariant()).isEqualTo("answer-follows-offer"));
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.RESERVED);
		assertThat(this.center.state("a2")).isEqualTo(AgentStateName.NOT_READY);
		assertThat(this.center.events(ContactAnswered.class)).isEmpty();
	}

	@Test
	void aContactIsOfferedToOneAgentOutsideRingAll() {
		this.center.ready("a1", "a2");

		this.center.call("c1", "queue:sales");

		assertThat(this.center.actions).filteredOn(Action.RingAgent.class::isInstance).hasSize(1);
		assertThat(this.center.violations()).isEmpty();
	}

	@Test
	void ringAllRingsEveryoneAndTheFirstAnswerWins() {
		this.center.ready("a1", "a2", "a3");

		this.center.call("c1", "queue:all");
		assertThat(this.center.actions).filteredOn(Action.RingAgent.class::isInstance).hasSize(3);
		this.center.send(new Input.AgentAnswered("c1", "a2"));
		this.center.send(new Input.AgentAnswered("c1", "a3"));

		assertThat(this.center.state("a2")).isEqualTo(AgentStateName.ON_CALL);
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.READY);
		assertThat(this.center.state("a3")).isEqualTo(AgentStateName.READY);
		assertThat(this.center.actions).contains(new Action.CancelRing("c1", "a1"), new Action.CancelRing("c1", "a3"));
		assertThat(this.center.events(ContactAnswered.class)).hasSize(1);
		assertThat(this.center.violations()).as("a late answer after losing is reported").hasSize(1);
	}

	@Test
	void duplicateAnswerFromTheConnectedAgentIsHarmless() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));

		this.center.send(new Input.AgentAnswered("c1", "a1"));

		assertThat(this.center.violations()).isEmpty();
		assertThat(this.center.events(ContactAnswered.class)).hasSize(1);
	}

}
