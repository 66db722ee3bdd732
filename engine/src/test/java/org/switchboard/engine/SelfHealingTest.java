package org.switchboard.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactArrived;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the engine with thousands of random, partly stale or out-of-order inputs, then
 * checks that nothing is stuck: once the adapter reports no legs and time passes, every
 * contact has ended exactly once and no agent is left engaged.
 */
class SelfHealingTest {

	private static final String[] QUEUES = { "sales", "care", "all", "vip" };

	private static CenterConfig config() {
		CenterConfig.Builder builder = CenterConfig.builder()
			.queue(QueueConfig.named("sales").strategy("round-robin").wrapUpSeconds(10).maxWait(120, "queue:care"))
			.queue(QueueConfig.named("care").strategy("sticky").wrapUpSeconds(-1).requiredSkill("en", 3))
			.queue(QueueConfig.named("all").strategy("ring-all").maxLength(5, "voicemail:all"))
			.queue(QueueConfig.named("vip")
				.strategy("best-skill")
				.agingSeconds(30)
				.maxWait(60, "relax-skills")
				.requiredSkill("en", 8));
		for (int i = 0; i < 8; i++) {
			builder.agent(AgentConfig.of("a" + i)
				.skill("en", 1 + i)
				.queue(QUEUES[i % 4])
				.queue(QUEUES[(i + 1) % 4], 1)
				.maxRingMisses(2));
		}
		return builder.build();
	}

	@Test
	void randomTrafficNeverLeavesAContactOrAnAgentStuck() {
		int answered = 0;
		for (long seed = 1; seed <= 20; seed++) {
			answered += runSeed(seed);
		}
		assertThat(answered).as("the traffic reaches agents").isGreaterThan(100);
	}

	private int runSeed(long seed) {
		Random random = new Random(seed);
		TestCenter center = new TestCenter(config());
		List<String> contacts = new ArrayList<>();
		for (int step = 0; step < 1500; step++) {
			center.now = center.now.plusMillis(random.nextInt(4000));
			String agent = "a" + random.nextInt(9);
			String contact = contacts.isEmpty() ? "none" : contacts.get(random.nextInt(contacts.size()));
			switch (random.nextInt(14)) {
				case 0, 1 -> {
					String id = "s" + seed + "-" + step;
					contacts.add(id);
					center.send(new Input.ContactArrives(id, "+49" + random.nextInt(20), "1",
							"queue:" + QUEUES[random.nextInt(4)], Map.of()));
				}
				case 2 -> center.send(new Input.AgentLogin(agent));
				case 3 -> center.send(new Input.AgentReady(agent));
				case 4 -> center.send(new Input.AgentNotReady(agent, "break"));
				case 5 -> center.send(new Input.AgentLogout(agent));
				case 6, 7 -> answerLatestRing(center, random);
				case 8 -> center.send(new Input.AgentRingFailed(contact, agent, "no answer"));
				case 9 -> center.send(new Input.CallerHungUp(contact));
				case 10 -> center.send(new Input.AgentHungUp(contact, agent));
				case 11 -> center
					.send(random.nextBoolean() ? new Input.Hold(contact, agent) : new Input.Retrieve(contact, agent));
				case 12 -> center.send(new Input.Transfer(contact, agent, "queue:" + QUEUES[random.nextInt(4)]));
				default -> center.send(new Input.WrapUpFinished(agent));
			}
		}
		center.send(new Input.LegsPresent(Set.of()));
		for (int i = 0; i < 8; i++) {
			center.send(new Input.WrapUpFinished("a" + i));
		}
		center.advance(24 * 3600);

		assertThat(center.engine.activeContacts()).as("seed %d", seed).isZero();
		for (int i = 0; i < 8; i++) {
			assertThat(center.state("a" + i)).as("seed %d agent a%d", seed, i)
				.isIn(AgentStateName.LOGGED_OUT, AgentStateName.NOT_READY, AgentStateName.READY);
		}
		assertThat(center.events(ContactEnded.class)).as("seed %d", seed)
			.hasSameSizeAs(center.events(ContactArrived.class));
		assertThat(center.events(ContactEnded.class).stream().map(ContactEnded::contactId).distinct())
			.hasSameSizeAs(center.events(ContactEnded.class));
		assertThat(center.engine.nextDeadline()).as("seed %d", seed).isEmpty();
		return center.events(ContactAnswered.class).size();
	}

	/** Mostly answers one of the latest rings, sometimes by the wrong agent. */
	private static void answerLatestRing(TestCenter center, Random random) {
		List<Action.RingAgent> rings = center.actions.stream()
			.filter(Action.RingAgent.class::isInstance)
			.map(Action.RingAgent.class::cast)
			.toList();
		if (rings.isEmpty()) {
			return;
		}
		Action.RingAgent ring = rings.get(Math.max(0, rings.size() - 1 - random.nextInt(3)));
		String agent = (random.nextInt(10) == 0) ? "a" + random.nextInt(8) : ring.agentId();
		center.send(new Input.AgentAnswered(ring.contactId(), agent));
	}

}
