package org.switchboard.engine;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.OfferFailed;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;

import static org.assertj.core.api.Assertions.assertThat;

class RingNoAnswerTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales").ringTimeoutSeconds(15))
		.agent(AgentConfig.of("a1").queue("sales").maxRingMisses(2))
		.agent(AgentConfig.of("a2").queue("sales"))
		.ringRetrySeconds(5)
		.leaseGraceSeconds(5)
		.build());

	@Test
	void ringNoAnswerOffersTheContactToTheNextAgent() {
		this.center.ready("a1");
		this.center.advance(1);
		this.center.ready("a2");
		this.center.call("c1", "queue:sales");
		assertThat(this.center.offeredAgent("c1")).isEqualTo("a1");

		this.center.advance(15);
		this.center.send(new Input.AgentRingFailed("c1", "a1", "no answer"));

		assertThat(this.center.events(OfferFailed.class)).singleElement()
			.satisfies((failed) -> assertThat(failed.reason()).isEqualTo(OfferFailure.NO_ANSWER));
		assertThat(this.center.offeredAgent("c1")).isEqualTo("a2");
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.READY);
	}

	@Test
	void contactReturnsToTheHeadOfItsQueue() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.advance(1);
		this.center.call("c2", "queue:sales");
		this.center.advance(14);
		this.center.send(new Input.AgentRingFailed("c1", "a1", "no answer"));
		assertThat(this.center.offeredAgent("c2")).as("a1 takes the contact it did not miss").isEqualTo("a1");

		this.center.ready("a2");

		assertThat(this.center.offeredAgent("c1")).as("c1 is back ahead of any later caller").isEqualTo("a2");
	}

	@Test
	void agentGoesNotReadyAfterTooManyMissesInARow() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentRingFailed("c1", "a1", "no answer"));
		this.center.call("c2", "queue:sales");
		assertThat(this.center.offeredAgent("c2")).isEqualTo("a1");

		this.center.send(new Input.AgentRingFailed("c2", "a1", "timeout"));

		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.NOT_READY);
		assertThat(this.center.engine.agent("a1").reason()).isEqualTo("no answer");
		assertThat(this.center.engine.queue("sales").waiting()).isEqualTo(2);
	}

	@Test
	void missedContactIsOfferedAgainToTheSameAgentAfterTheRetryDelay() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentRingFailed("c1", "a1", "no answer"));
		assertThat(this.center.engine.queue("sales").waiting()).isEqualTo(1);
		this.center.actions.clear();

		this.center.advance(5);

		assertThat(this.center.offeredAgent("c1")).isEqualTo("a1");
	}

	@Test
	void rejectedRingCountsAsAMissWithItsOwnReason() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");

		this.center.send(new Input.AgentRingFailed("c1", "a1", "busy here"));

		assertThat(this.center.events(OfferFailed.class).get(0).reason()).isEqualTo(OfferFailure.REJECTED);
		assertThat(this.center.engine.agent("a1").state()).isEqualTo(AgentStateName.READY);
	}

	@Test
	void leaseExpiryTakesTheOfferBackWhenTheAdapterNeverReports() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		assertThat(this.center.engine.nextDeadline()).contains(TestCenter.START.plusSeconds(20));

		this.center.advance(19);
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.RESERVED);
		this.center.advance(1);

		assertThat(this.center.events(OfferFailed.class)).singleElement()
			.satisfies((failed) -> assertThat(failed.reason()).isEqualTo(OfferFailure.LEASE_EXPIRED));
		assertThat(this.center.actions).contains(new Action.CancelRing("c1", "a1"));
		assertThat(this.center.state("a1")).isNotEqualTo(AgentStateName.RESERVED);
		assertThat(this.center.engine.queue("sales").waiting()).isEqualTo(1);
	}

	@Test
	void callerHangingUpWhileRingingIsAnAbandonAndFreesTheAgentWithoutAMiss() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");

		this.center.send(new Input.CallerHungUp("c1"));

		assertThat(this.center.contactEventTypes("c1")).containsExactly("CONTACT_ARRIVED", "CONTACT_QUEUED",
				"CONTACT_OFFERED", "OFFER_FAILED", "CONTACT_ABANDONED", "CONTACT_ENDED");
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.READY);
		assertThat(this.center.actions).contains(new Action.CancelRing("c1", "a1"));
	}

}
