package org.switchboard.engine;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.CenterConfig.Blacklist;
import org.switchboard.engine.CenterConfig.InboundRoute;
import org.switchboard.engine.CenterConfig.VipRule;
import org.switchboard.engine.calendar.BusinessCalendar;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactRejected;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionTest {

	private static CenterConfig.Builder base() {
		return CenterConfig.builder()
			.queue(QueueConfig.named("sales").priority(1))
			.agent(AgentConfig.of("a1").queue("sales"))
			.route(InboundRoute.of("100", "queue:sales"));
	}

	@Test
	void vipCallersGetTheirRulesPriorityAndAreServedFirst() {
		TestCenter center = new TestCenter(base().vip(new VipRule("gold", Set.of("+4930111"), Set.of(), 5))
			.vip(new VipRule("partners", Set.of(), Set.of("+4989"), 3))
			.build());
		center.send(new Input.AgentLogin("a1"));
		center.call("normal", "+4940000", null);
		center.call("partner", "+4989777", null);
		center.call("gold", "+4930111", null);

		center.send(new Input.AgentReady("a1"));

		assertThat(center.events(ContactQueued.class)).extracting(ContactQueued::priority).containsExactly(1, 3, 5);
		assertThat(center.offeredAgent("gold")).isEqualTo("a1");
	}

	@Test
	void blacklistedCallerIsRejectedAtTheDoor() {
		TestCenter center = new TestCenter(
				base().blacklist(new Blacklist(Set.of("+4930666"), Set.of("+900"), null)).build());

		center.call("c1", "+9001234", null);

		assertThat(center.events(ContactRejected.class).get(0).reason()).isEqualTo("blacklisted caller");
		assertThat(center.actions).contains(new Action.Disconnect("c1", "blacklisted caller"));
		assertThat(center.events(ContactQueued.class)).isEmpty();
	}

	@Test
	void blacklistCanDivertInsteadOfRejecting() {
		TestCenter center = new TestCenter(
				base().blacklist(new Blacklist(Set.of("+4930666"), Set.of(), Destination.parse("message:not-welcome")))
					.build());

		center.call("c1", "+4930666", null);

		assertThat(center.actions).contains(new Action.PlayPrompt("c1", "not-welcome", Map.of()));
	}

	@Test
	void closedCalendarSendsCallsToTheConfiguredDestination() {
		BusinessCalendar office = BusinessCalendar.in(ZoneId.of("Asia/Tokyo")).weekdays("09:00-17:00").build();
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales"))
			.calendar("office", office)
			.route(new InboundRoute("100", Destination.queue("sales"), "office",
					Destination.parse("voicemail:after-hours")))
			.build());

		// 03:00 UTC is 12:00 in Tokyo: open; 09:00 UTC is 18:00 there: closed
		center.now = TestCenter.START.minusSeconds(6 * 3600);
		center.call("open", "+81301", null);
		center.now = TestCenter.START;
		center.call("late", "+81300", null);

		assertThat(center.actions).contains(new Action.Voicemail("late", "after-hours"));
		assertThat(center.events(ContactQueued.class)).extracting(ContactQueued::contactId).containsExactly("open");
	}

	@Test
	void closedWithoutDestinationIsARejection() {
		BusinessCalendar never = BusinessCalendar.in(ZoneId.of("UTC")).build();
		TestCenter center = new TestCenter(CenterConfig.builder()
			.queue(QueueConfig.named("sales").calendar("never", "hangup"))
			.calendar("never", never)
			.build());

		center.call("c1", "queue:sales");

		assertThat(center.events(ContactRejected.class).get(0).reason()).isEqualTo("closed: queue sales");
		assertThat(center.contactEventTypes("c1")).endsWith("CONTACT_REJECTED", "CONTACT_ENDED");
	}

	@Test
	void unknownDialledNumberIsRejected() {
		TestCenter center = new TestCenter(base().build());

		center.send(new Input.ContactArrives("c1", "+4930", "999", null, Map.of()));

		assertThat(center.events(ContactRejected.class).get(0).reason()).isEqualTo("no route for 999");
	}

	@Test
	void entryToAnUnknownQueueIsRejected() {
		TestCenter center = new TestCenter(base().build());

		center.call("c1", "queue:nowhere");

		assertThat(center.events(ContactRejected.class).get(0).reason()).isEqualTo("unknown queue nowhere");
		assertThat(center.engine.activeContacts()).isZero();
	}

	@Test
	void directAgentEntryRingsThatAgentOrGoesToTheirVoicemail() {
		TestCenter center = new TestCenter(base().agent(AgentConfig.of("a2")).build());
		center.ready("a1");

		center.call("c1", "agent:a1");
		center.call("c2", "agent:a2");

		assertThat(center.offeredAgent("c1")).isEqualTo("a1");
		assertThat(center.actions).contains(new Action.Voicemail("c2", "agent:a2"));
	}

}
