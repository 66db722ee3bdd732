package org.switchboard.engine;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.EndedBy;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales"))
		.agent(AgentConfig.of("a1").queue("sales"))
		.agent(AgentConfig.of("a2").queue("sales"))
		.build());

	@Test
	void contactsWithoutLegsAreEndedAndTheirAgentsFreed() {
		this.center.ready("a1", "a2");
		this.center.call("talking", "queue:sales");
		this.center.send(new Input.AgentAnswered("talking", "a1"));
		this.center.call("ringing", "queue:sales");
		this.center.call("waiting", "queue:sales");

		this.center.send(new Input.LegsPresent(Set.of("waiting")));

		assertThat(this.center.events(ContactEnded.class)).extracting(ContactEnded::contactId)
			.containsExactlyInAnyOrder("talking", "ringing");
		assertThat(this.center.events(ContactEnded.class))
			.allSatisfy((ended) -> assertThat(ended.endedBy()).isEqualTo(EndedBy.SYSTEM));
		assertThat(this.center.engine.activeContacts()).isEqualTo(1);
		assertThat(this.center.offeredAgent("waiting")).as("a freed agent takes the survivor").isNotNull();
		assertThat(this.center.violations()).isEmpty();
	}

	@Test
	void nothingChangesWhenEveryLegIsPresent() {
		this.center.ready("a1");
		this.center.call("c1", "queue:sales");
		this.center.send(new Input.AgentAnswered("c1", "a1"));
		this.center.clear();

		this.center.send(new Input.LegsPresent(Set.of("c1")));

		assertThat(this.center.events).isEmpty();
		assertThat(this.center.state("a1")).isEqualTo(AgentStateName.ON_CALL);
	}

}
