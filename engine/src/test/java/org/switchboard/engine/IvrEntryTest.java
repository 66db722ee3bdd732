package org.switchboard.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.ivr.IvrFlow;
import org.switchboard.engine.ivr.IvrNode;
import org.switchboard.engine.journal.ContactEvent.AbandonPoint;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;

import static org.assertj.core.api.Assertions.assertThat;

class IvrEntryTest {

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.queue(QueueConfig.named("sales"))
		.agent(AgentConfig.of("a1").queue("sales"))
		.ivr(flow())
		.build());

	private static IvrFlow flow() {
		Map<String, IvrNode> nodes = new LinkedHashMap<>();
		nodes.put("menu", new IvrNode.Menu("welcome", Map.of("1", "sales", "2", "bye"), 5, 1, null, null));
		nodes.put("sales", new IvrNode.Queue("sales", OptionalInt.of(7)));
		nodes.put("bye", new IvrNode.Hangup("goodbye"));
		return new IvrFlow("main", "menu", nodes);
	}

	@Test
	void menuChoiceQueuesTheCallerWithTheFlowsPriority() {
		this.center.ready("a1");
		this.center.call("c1", "ivr:main");
		assertThat(this.center.actions).singleElement().isInstanceOf(Action.CollectDigits.class);

		this.center.send(new Input.DigitsCollected("c1", "1"));

		assertThat(this.center.events(ContactQueued.class)).singleElement()
			.satisfies((queued) -> assertThat(queued.priority()).isEqualTo(7));
		assertThat(this.center.offeredAgent("c1")).isEqualTo("a1");
		assertThat(this.center.contactEventTypes("c1")).startsWith("CONTACT_ARRIVED", "IVR_NODE_ENTERED", "IVR_INPUT",
				"IVR_NODE_ENTERED", "CONTACT_QUEUED");
	}

	@Test
	void hangingUpInTheIvrIsAnIvrAbandon() {
		this.center.call("c1", "ivr:main");

		this.center.send(new Input.CallerHungUp("c1"));

		assertThat(this.center.events(ContactAbandoned.class)).singleElement().satisfies((abandon) -> {
			assertThat(abandon.where()).isEqualTo(AbandonPoint.IVR);
			assertThat(abandon.queue()).isNull();
		});
		assertThat(this.center.engine.activeContacts()).isZero();
	}

	@Test
	void hangUpNodePlaysItsPromptThenDisconnects() {
		this.center.call("c1", "ivr:main");
		this.center.send(new Input.DigitsCollected("c1", "2"));
		assertThat(this.center.actions).last()
			.isEqualTo(new Action.PlayPrompt("c1", "goodbye", Map.of("caller", "+15550001")));

		this.center.send(new Input.PlaybackFinished("c1"));

		assertThat(this.center.actions).last().isInstanceOf(Action.Disconnect.class);
		assertThat(this.center.contactEventTypes("c1")).last().isEqualTo("CONTACT_ENDED");
	}

	@Test
	void unknownFlowIsRejected() {
		this.center.call("c1", "ivr:missing");

		assertThat(this.center.contactEventTypes("c1")).containsExactly("CONTACT_ARRIVED", "CONTACT_REJECTED",
				"CONTACT_ENDED");
	}

}
