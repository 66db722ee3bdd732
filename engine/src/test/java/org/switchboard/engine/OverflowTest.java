package org.switchboard.engine;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.OverflowReason;

import static org.assertj.core.api.Assertions.assertThat;

class OverflowTest {

	@Test
	void contactWaitingTooLongMovesToTheOverflowQueue() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").maxWait(60, "queue:backup"))
			.queue(QueueConfig.named("backup"))
			.agent(AgentConfig.of("b1").queue("backup"))
			.build());
		center.call("c1", "queue:sales");
		center.ready("b1");
		assertThat(center.offeredAgent("c1")).as("b1 serves backup only").isNull();

		center.advance(59);
		assertThat(center.events(ContactOverflowed.class)).isEmpty();
		center.advance(1);

		assertThat(center.events(ContactOverflowed.class)).singleElement().satisfies((overflow) -> {
			assertThat(overflow.reason()).isEqualTo(OverflowReason.MAX_WAIT);
			assertThat(overflow.target()).isEqualTo("queue:backup");
			assertThat(overflow.at()).isEqualTo(TestCenter.START.plusSeconds(60));
		});
		assertThat(center.events(ContactQueued.class)).extracting(ContactQueued::queue)
			.containsExactly("sales", "backup");
		assertThat(center.offeredAgent("c1")).isEqualTo("b1");
	}

	@Test
	void queueWithoutLoggedInAgentsSendsContactsToVoicemail() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").refuseWhenEmpty("voicemail:sales"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.build());

		center.call("c1", "queue:sales");

		assertThat(center.events(ContactOverflowed.class).get(0).reason()).isEqualTo(OverflowReason.NO_AGENTS);
		assertThat(center.actions).contains(new Action.Voicemail("c1", "sales"));
		assertThat(center.contactEventTypes("c1")).endsWith("CONTACT_OVERFLOWED", "CONTACT_ENDED");
	}

	@Test
	void notReadyAgentsStillCountAsStaffForJoinWhenEmpty() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").refuseWhenEmpty("voicemail:sales"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.build());
		center.send(new Input.AgentLogin("a1"));

		center.call("c1", "queue:sales");

		assertThat(center.events(ContactOverflowed.class)).isEmpty();
		assertThat(center.engine.queue("sales").waiting()).isEqualTo(1);
	}

	@Test
	void lastAgentLoggingOutEmptiesALeaveWhenEmptyQueue() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").leaveWhenEmpty("external:+4930999"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.build());
		center.send(new Input.AgentLogin("a1"));
		center.call("c1", "queue:sales");

		center.send(new Input.AgentLogout("a1"));

		assertThat(center.events(ContactOverflowed.class).get(0).reason()).isEqualTo(OverflowReason.NO_AGENTS);
		assertThat(center.actions).contains(new Action.TransferExternal("c1", "+4930999"));
	}

	@Test
	void fullQueueSendsTheNextCallerToAnExternalNumber() {
		TestCenter center = new TestCenter(
				CenterConfig.builder().queue(QueueConfig.named("sales").maxLength(2, "external:+4930123")).build());
		center.call("c1", "queue:sales");
		center.call("c2", "queue:sales");

		center.call("c3", "queue:sales");

		assertThat(center.events(ContactOverflowed.class)).singleElement().satisfies((overflow) -> {
			assertThat(overflow.contactId()).isEqualTo("c3");
			assertThat(overflow.reason()).isEqualTo(OverflowReason.QUEUE_FULL);
		});
		assertThat(center.actions).contains(new Action.TransferExternal("c3", "+4930123"));
		assertThat(center.engine.queue("sales").waiting()).isEqualTo(2);
	}

	@Test
	void longEstimatedWaitPlaysAMessageThenHangsUp() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").defaultHandleSeconds(300).estimatedWait(400, "message:too-busy"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.build());
		center.send(new Input.AgentLogin("a1"));
		center.call("c1", "queue:sales");

		center.call("c2", "queue:sales");
		center.send(new Input.PlaybackFinished("c2"));

		assertThat(center.events(ContactOverflowed.class)).singleElement()
			.satisfies((overflow) -> assertThat(overflow.reason()).isEqualTo(OverflowReason.ESTIMATED_WAIT));
		assertThat(center.actions).contains(new Action.PlayPrompt("c2", "too-busy", Map.of()),
				new Action.Disconnect("c2", "message played"));
		assertThat(center.engine.activeContacts()).isEqualTo(1);
	}

	@Test
	void relaxingTheSkillRequirementLetsAnyMemberTakeTheContact() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("french").requiredSkill("fr", 5).maxWait(30, "relax-skills"))
			.agent(AgentConfig.of("novice").queue("french").skill("fr", 2))
			.build());
		center.ready("novice");
		center.call("c1", "queue:french");
		assertThat(center.offeredAgent("c1")).isNull();

		center.advance(30);

		assertThat(center.events(ContactOverflowed.class).get(0).target()).isEqualTo("relax-skills");
		assertThat(center.offeredAgent("c1")).isEqualTo("novice");
	}

	@Test
	void maxWaitPassedWhileRingingOverflowsOnceTheOfferFails() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").ringTimeoutSeconds(20).maxWait(10, "voicemail:sales"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.build());
		center.ready("a1");
		center.call("c1", "queue:sales");
		center.advance(15);
		assertThat(center.events(ContactOverflowed.class)).isEmpty();

		center.send(new Input.AgentRingFailed("c1", "a1", "no answer"));

		assertThat(center.events(ContactOverflowed.class).get(0).reason()).isEqualTo(OverflowReason.MAX_WAIT);
		assertThat(center.actions).contains(new Action.Voicemail("c1", "sales"));
	}

	@Test
	void overflowLoopsAreCutOff() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("a").refuseWhenEmpty("queue:b"))
			.queue(QueueConfig.named("b").refuseWhenEmpty("queue:a"))
			.build());

		center.call("c1", "queue:a");

		assertThat(center.contactEventTypes("c1")).endsWith("CONTACT_REJECTED", "CONTACT_ENDED");
		assertThat(center.engine.activeContacts()).isZero();
	}

	@Test
	void waitingCallersHearTheQueueAnnouncementPeriodicallyUntilAnswered() {
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").defaultHandleSeconds(120))
			.agent(AgentConfig.of("a1").queue("sales"))
			.announce("sales", 30, "please-hold")
			.build());
		center.send(new Input.AgentLogin("a1"));
		center.call("c1", "queue:sales");

		center.advance(30);
		center.advance(30);
		center.send(new Input.AgentReady("a1"));
		center.send(new Input.AgentAnswered("c1", "a1"));
		center.advance(60);

		assertThat(center.actions).filteredOn(Action.PlayPrompt.class::isInstance)
			.containsExactly(
					new Action.PlayPrompt("c1", "please-hold",
							Map.of("queue", "sales", "waiting", "1", "estimatedWaitSeconds", "240")),
					new Action.PlayPrompt("c1", "please-hold",
							Map.of("queue", "sales", "waiting", "1", "estimatedWaitSeconds", "240")));
	}

}
