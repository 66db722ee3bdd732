package org.switchboard.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.CenterConfig.InboundRoute;
import org.switchboard.engine.CenterConfig.VipRule;
import org.switchboard.engine.journal.ContactEvent.ContactOffered;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityTest {

	private static List<String> serveAll(TestCenter center, int count) {
		List<String> order = new ArrayList<>();
		center.ready("a1");
		for (int i = 0; i < count; i++) {
			ContactOffered offered = center.events(ContactOffered.class).get(i);
			order.add(offered.contactId());
			center.send(new Input.AgentAnswered(offered.contactId(), "a1"));
			center.send(new Input.CallerHungUp(offered.contactId()));
		}
		return order;
	}

	private static void call(TestCenter center, String id, String caller) {
		center.send(new Input.ContactArrives(id, caller, "100", null, Map.of()));
	}

	private static CenterConfig config(int agingSeconds) {
		return CenterConfig.builder()
			.queue(QueueConfig.named("q").agingSeconds(agingSeconds))
			.agent(AgentConfig.of("a1").queue("q"))
			.route(InboundRoute.of("100", "queue:q"))
			.vip(new VipRule("vip", java.util.Set.of(), java.util.Set.of("+1"), 2))
			.build();
	}

	@Test
	void higherPriorityFirstThenFifoByArrival() {
		TestCenter center = new TestCenter(config(0));
		call(center, "low1", "+49");
		center.advance(1);
		call(center, "high1", "+1");
		center.advance(1);
		call(center, "low2", "+49");
		center.advance(1);
		call(center, "high2", "+1");

		assertThat(serveAll(center, 4)).containsExactly("high1", "high2", "low1", "low2");
	}

	@Test
	void agingLetsALongWaitingContactOvertakeNewerHigherPriorityOnes() {
		TestCenter center = new TestCenter(config(60));
		call(center, "old-low", "+49");
		center.advance(150);
		call(center, "new-high", "+1");
		center.advance(1);

		assertThat(serveAll(center, 2)).containsExactly("old-low", "new-high");
	}

	@Test
	void withoutEnoughAgingPriorityStillWins() {
		TestCenter center = new TestCenter(config(60));
		call(center, "old-low", "+49");
		center.advance(90);
		call(center, "new-high", "+1");

		assertThat(serveAll(center, 2)).containsExactly("new-high", "old-low");
	}

}
