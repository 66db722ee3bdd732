package org.switchboard.engine;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactTransferred;

import static org.assertj.core.api.Assertions.assertThat;

class MultiQueueRoutingTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales").requiredSkill("de", 3))
		.queue(QueueConfig.named("support").wrapUpSeconds(-1))
		.queue(QueueConfig.named("vip-line").priority(5))
		.queue(QueueConfig.named("busy").strategy("fewest-calls"))
		.agent(AgentConfig.of("expert").skill("de", 8).queue("sales", 0).queue("support", 2).queue("vip-line"))
		.agent(AgentConfig.of("beginner").skill("de", 2).queue("sales").queue("support"))
		.agent(AgentConfig.of("backup").skill("de", 5).queue("sales", 1))
		.agent(AgentConfig.of("f1").queue("busy"))
		.agent(AgentConfig.of("f2").queue("busy"))
		.build());

	@Test
	void onlyAgentsMeetingTheMinimumSkillLevelAreOffered() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:sales");
		assertThat(this.center.offeredAgent("c1")).isNull();

		this.center.ready("backup");

		assertThat(this.center.offeredAgent("c1")).isEqualTo("backup");
	}

	@Test
	void lowerPenaltyIsPreferredOverLongerIdle() {
		this.center.ready("backup");
		this.center.advance(100);
		this.center.ready("expert");

		this.center.call("c1", "queue:sales");

		assertThat(this.center.offeredAgent("c1")).isEqualTo("expert");
	}

	@Test
	void freedAgentServesTheHigherPriorityQueueFirst() {
		this.center.send(new Input.AgentLogin("expert"));
		this.center.call("support-call", "queue:support");
		this.center.advance(60);
		this.center.call("vip-call", "queue:vip-line");

		this.center.send(new Input.AgentReady("expert"));

		assertThat(this.center.offeredAgent("vip-call")).isEqualTo("expert");
		assertThat(this.center.offeredAgent("support-call")).isNull();
	}

	@Test
	void manualWrapUpLastsUntilTheAgentSaysReady() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:support");
		this.center.send(new Input.AgentAnswered("c1", "beginner"));
		this.center.send(new Input.CallerHungUp("c1"));

		this.center.advance(1799);
		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.WRAP_UP);
		this.center.send(new Input.WrapUpFinished("beginner"));

		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.READY);
	}

	@Test
	void forgottenManualWrapUpEndsInNotReadyAtTheLimit() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:support");
		this.center.send(new Input.AgentAnswered("c1", "beginner"));
		this.center.send(new Input.CallerHungUp("c1"));

		this.center.advance(1800);

		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.NOT_READY);
		assertThat(this.center.engine.agent("beginner").reason()).isEqualTo("wrap-up limit");
	}

	@Test
	void transferToAQueueEndsTheAgentsPartAndQueuesTheContactThere() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:support");
		this.center.send(new Input.AgentAnswered("c1", "beginner"));
		this.center.advance(30);

		this.center.send(new Input.Transfer("c1", "beginner", "queue:sales"));
		this.center.ready("backup");

		assertThat(this.center.events(ContactTransferred.class)).singleElement()
			.satisfies((transfer) -> assertThat(transfer.target()).isEqualTo("queue:sales"));
		assertThat(this.center.events(ContactQueued.class)).extracting(ContactQueued::queue)
			.containsExactly("support", "sales");
		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.WRAP_UP);
		assertThat(this.center.offeredAgent("c1")).isEqualTo("backup");
		assertThat(this.center.engine.agent("beginner").talkTimeToday()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void transferToAnExternalNumberEndsTheContact() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:support");
		this.center.send(new Input.AgentAnswered("c1", "beginner"));

		this.center.send(new Input.Transfer("c1", "beginner", "external:+4930555"));

		assertThat(this.center.actions).contains(new Action.TransferExternal("c1", "+4930555"));
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void fewestCallsCountersSurviveReadyTogglesAndResetAtMidnight() {
		this.center.ready("f1", "f2");
		this.center.call("c1", "queue:busy");
		String first = this.center.offeredAgent("c1");
		String other = first.equals("f1") ? "f2" : "f1";
		this.center.send(new Input.AgentAnswered("c1", first));
		this.center.send(new Input.CallerHungUp("c1"));
		this.center.send(new Input.AgentNotReady(other, "break"));
		this.center.send(new Input.AgentReady(other));
		this.center.send(new Input.AgentNotReady(first, "break"));
		this.center.send(new Input.AgentReady(first));

		this.center.call("c2", "queue:busy");
		assertThat(this.center.offeredAgent("c2")).as("fewer calls beats longer idle").isEqualTo(other);
		this.center.send(new Input.CallerHungUp("c2"));

		this.center.advance(24 * 3600);
		assertThat(this.center.engine.agent(first).callsToday()).isZero();
	}

	@Test
	void logoutAskedDuringACallHappensWhenTheCallEnds() {
		this.center.ready("beginner");
		this.center.call("c1", "queue:support");
		this.center.send(new Input.AgentAnswered("c1", "beginner"));
		this.center.send(new Input.AgentLogout("beginner"));
		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.ON_CALL);

		this.center.send(new Input.AgentHungUp("c1", "beginner"));
		this.center.send(new Input.AgentReady("beginner"));

		assertThat(this.center.state("beginner")).isEqualTo(AgentStateName.LOGGED_OUT);
	}

}
