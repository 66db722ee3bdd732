package org.switchboard.engine;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactRejected;

import static org.assertj.core.api.Assertions.assertThat;

class ReconfigureTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales"))
		.queue(QueueConfig.named("old"))
		.agent(AgentConfig.of("a1").queue("sales"))
		.agent(AgentConfig.of("leaver").queue("sales"))
		.build());

	@Test
	void newMembershipOffersWaitingContactsAtOnce() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));
		this.center.call("c2", "queue:old");
		this.center.call("c3", "queue:sales");
		this.center.send(new Input.AgentLogin("leaver"));

		this.center.actions.addAll(this.center.engine.reconfigure(CenterConfig.builder()
			.queue(QueueConfig.named("sales"))
			.agent(AgentConfig.of("a1").queue("sales"))
			.agent(AgentConfig.of("newbie").queue("sales"))
			.build(), this.center.now));
		this.center.ready("newbie");

		assertThat(this.center.offeredAgent("c3")).isEqualTo("newbie");
		assertThat(this.center.events(ContactRejected.class)).extracting(ContactRejected::contactId)
			.containsExactly("c2");
		assertThat(this.center.state("leaver")).isEqualTo(AgentStateName.LOGGED_OUT);
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.ON_CALL);
		assertThat(this.center.engine.queue("old")).isNull();
	}

	@Test
	void invalidConfigurationIsRefusedAndTheOldOneKeepsWorking() {
		CenterConfig broken = new CenterConfig(null, java.util.List.of(AgentConfig.of("a1").queue("ghost").build()),
				java.util.List.of(), java.util.Map.of(), java.util.List.of(), java.util.List.of(), null,
				java.util.Map.of(), java.util.Map.of(), 5, 5, 20, 1800);

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.center.engine.reconfigure(broken, this.center.now))
			.hasMessageContaining("ghost");
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");

		assertThat(this.center.offeredAgent("c1")).isEqualTo("a1");
	}

}
