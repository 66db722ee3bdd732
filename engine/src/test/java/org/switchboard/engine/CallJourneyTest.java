package org.switchboard.engine;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.EngineEvent;

import static org.assertj.core.api.Assertions.assertThat;

class CallJourneyTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales").wrapUpSeconds(30).ringTimeoutSeconds(15))
		.agent(CenterConfig.AgentConfig.of("a1").queue("sales"))
		.build());

	@Test
	void fullCallJourneyProducesTheExactEventSequence() {
		this.center.ready("a1");
		this.center.clear();

		List<Action> arrival = this.center.call("c1", "queue:sales");
		this.center.advance(5);
		List<Action> answer = this.center.send(new Input.AgentAnswered("c1", "a1"));
		this.center.advance(60);
		this.center.send(new Input.Hold("c1", "a1"));
		this.center.advance(20);
		this.center.send(new Input.Retrieve("c1", "a1"));
		this.center.advance(40);
		List<Action> hangUp = this.center.send(new Input.CallerHungUp("c1"));
		this.center.advance(30);

		assertThat(this.center.events.stream().map(EngineEvent::type)).containsExactly("CONTACT_ARRIVED",
				"CONTACT_QUEUED", "AGENT_STATE_CHANGED", "CONTACT_OFFERED", "AGENT_STATE_CHANGED", "CONTACT_ANSWERED",
				"AGENT_STATE_CHANGED", "CONTACT_HELD", "AGENT_STATE_CHANGED", "CONTACT_RETRIEVED", "CONTACT_ENDED",
				"AGENT_STATE_CHANGED", "WRAP_UP_DONE", "AGENT_STATE_CHANGED");
		assertThat(this.center.agentChanges("a1").stream().map(AgentStateChanged::to)).containsExactly(
				AgentStateName.RESERVED, AgentStateName.ON_CALL, AgentStateName.HOLD, AgentStateName.ON_CALL,
				AgentStateName.WRAP_UP, AgentStateName.READY);
		assertThat(arrival).containsExactly(new Action.StartMusicOnHold("c1", "sales"),
				new Action.RingAgent("c1", "a1", Duration.ofSeconds(15)));
		assertThat(answer).containsExactly(new Action.Bridge("c1", "a1"));
		assertThat(hangUp).containsExactly(new Action.Disconnect("c1", "caller hung up"));
		assertThat(this.center.events(ContactAnswered.class).get(0).at()).isEqualTo(TestCenter.START.plusSeconds(5));
		assertThat(this.center.events(ContactEnded.class).get(0).endedBy()).isEqualTo(EndedBy.CALLER);
		assertThat(this.center.engine.agent("a1").talkTimeToday()).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.center.engine.agent("a1").callsToday()).isEqualTo(1);
		assertThat(this.center.violations()).isEmpty();
	}

	@Test
	void wrapUpEndsEarlyWhenTheAgentSaysReady() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));
		this.center.send(new Input.AgentHungUp("c1", "a1"));
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.WRAP_UP);

		this.center.advance(10);
		this.center.send(new Input.AgentReady("a1"));

		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.READY);
		assertThat(this.center.events(ContactEnded.class).get(0).endedBy()).isEqualTo(EndedBy.AGENT);
		assertThat(this.center.engine.nextDeadline()).isEmpty();
	}

	@Test
	void notReadyAskedDuringACallAppliesWhenWrapUpEnds() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));
		this.center.send(new Input.AgentNotReady("a1", "lunch"));
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.ON_CALL);

		this.center.send(new Input.CallerHungUp("c1"));
		this.center.advance(30);

		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.NOT_READY);
		assertThat(this.center.engine.agent("a1").reason()).isEqualTo("lunch");
	}

	@Test
	void callWaitsUntilAnAgentBecomesReadyThenIsOffered() {
		this.center.send(new Input.AgentLogin("a1"));
		this.center.call("c1", "queue:sales");
		assertThat(this.center.engine.queue("sales").waiting()).isEqualTo(1);
		assertThat(this.center.engine.queue("sales").longestWaitingSince()).isEqualTo(TestCenter.START);

		this.center.advance(12);
		this.center.send(new Input.AgentReady("a1"));

		assertThat(this.center.offeredAgent("c1")).isEqualTo("a1");
		assertThat(this.center.engine.queue("sales").waiting()).isZero();
		assertThat(this.center.engine.queue("sales").agentsByState()).containsEntry(AgentStateName.RESERVED, 1);
	}

}
