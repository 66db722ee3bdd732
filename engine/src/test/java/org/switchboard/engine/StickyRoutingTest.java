package org.switchboard.engine;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;

import static org.assertj.core.api.Assertions.assertThat;

class StickyRoutingTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("care").strategy("sticky").sticky(7, 30))
		.agent(AgentConfig.of("a1").queue("care"))
		.agent(AgentConfig.of("a2").queue("care"))
		.build());

	private void servedBy(String contact, String agent) {
		this.center.call(contact, "+4930111", "queue:care");
		if (!agent.equals(this.center.offeredAgent(contact))) {
			throw new IllegalStateException(contact + " went to " + this.center.offeredAgent(contact));
		}
		this.center.send(new Input.AgentAnswered(contact, agent));
		this.center.send(new Input.CallerHungUp(contact));
	}

	@Test
	void returningCallerGoesToTheAgentWhoServedThemEvenIfAnotherIsIdleLonger() {
		this.center.ready("a2");
		servedBy("first", "a2");
		this.center.advance(1);
		this.center.ready("a1");
		this.center.advance(3600);

		this.center.call("second", "+4930111", "queue:care");

		assertThat(this.center.offeredAgent("second")).isEqualTo("a2");
	}

	@Test
	void waitsForTheRememberedAgentWithinTheWindow() {
		this.center.ready("a2");
		servedBy("first", "a2");
		this.center.ready("a1");
		this.center.send(new Input.AgentNotReady("a2", "break"));

		this.center.call("second", "+4930111", "queue:care");
		assertThat(this.center.offeredAgent("second")).isNull();
		this.center.advance(20);
		this.center.send(new Input.AgentReady("a2"));

		assertThat(this.center.offeredAgent("second")).isEqualTo("a2");
	}

	@Test
	void fallsBackToAnyoneWhenTheRememberedAgentStaysAway() {
		this.center.ready("a2");
		servedBy("first", "a2");
		this.center.ready("a1");
		this.center.send(new Input.AgentNotReady("a2", "break"));

		this.center.call("second", "+4930111", "queue:care");
		this.center.advance(30);

		assertThat(this.center.offeredAgent("second")).isEqualTo("a1");
	}

	@Test
	void forgetsCallersAfterTheMemoryDays() {
		this.center.ready("a2");
		servedBy("first", "a2");
		this.center.advance(1);
		this.center.ready("a1");
		this.center.advance(8 * 24 * 3600);
		this.center.send(new Input.AgentNotReady("a1", "break"));
		this.center.send(new Input.AgentReady("a1"));
		this.center.send(new Input.AgentNotReady("a2", "break"));
		this.center.send(new Input.AgentReady("a2"));

		this.center.call("second", "+4930111", "queue:care");

		assertThat(this.center.offeredAgent("second")).as("longest idle, no memory left").isEqualTo("a1");
	}

}
