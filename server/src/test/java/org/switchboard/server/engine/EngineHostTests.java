package org.switchboard.server.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.telephony.testphone.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine host's single writer: order, timers from a stepped clock, queries,
 * back-pressure.
 */
class EngineHostTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

	private final List<Action> actions = new CopyOnWriteArrayList<>();

	private EngineHost host;

	private static final CenterConfig CENTER = CenterConfig.builder()
		.queue(QueueConfig.named("sales").wrapUpSeconds(5))
		.agent(CenterConfig.AgentConfig.of("a1").queue("sales"))
		.build();

	private EngineHost start(EngineHostProperties properties) {
		this.host = new EngineHost(this.clock, this.events::add, () -> CENTER, properties,
				List.of(this.actions::addAll));
		return this.host;
	}

	@AfterEach
	void stop() {
		if (this.host != null && this.host.isRunning()) {
			this.host.stop();
		}
	}

	@Test
	void routesASubmittedCallAndHandsTheActionsToTheSinks() throws Exception {
		List<Action> second = new CopyOnWriteArrayList<>();
		EngineHost host = start(EngineHostProperties.defaults());
		host.addSink(second::addAll);
		host.start();
		host.submit(new Input.AgentLogin("a1"));
		host.submit(new Input.AgentReady("a1"));
		host.submit(new Input.ContactArrives("c1", "555", "800", "queue:sales", Map.of()));
		settle();
		assertThat(this.actions).anyMatch((action) -> action instanceof Action.RingAgent ring
				&& ring.contactId().equals("c1") && ring.agentId().equals("a1"));
		assertThat(second).isEqualTo(this.actions);
		assertThat(this.events).extracting(EngineEvent::type).contains("CONTACT_ARRIVED", "CONTACT_OFFERED");
	}

	@Test
	void firesTheWrapUpTimerWhenTheSteppedClockPassesItsDeadline() throws Exception {
		EngineHost host = start(EngineHostProperties.defaults());
		host.start();
		host.submit(new Input.AgentLogin("a1"));
		host.submit(new Input.AgentReady("a1"));
		host.submit(new Input.ContactArrives("c2", "555", "800", "queue:sales", Map.of()));
		host.submit(new Input.AgentAnswered("c2", "a1"));
		host.submit(new Input.AgentHungUp("c2", "a1"));
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(AgentStateName.WRAP_UP);

		this.clock.advance(Duration.ofSeconds(4));
		host.wake();
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(AgentStateName.WRAP_UP);

		this.clock.advance(Duration.ofSeconds(2));
		host.wake();
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(AgentStateName.READY);
	}

	@Test
	void queriesRunOnTheEngineThread() throws Exception {
		EngineHost host = start(EngineHostProperties.defaults());
		host.start();
		assertThat(host.query((engine) -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
			.isEqualTo("switchboard-engine");
		assertThat(host.agent("nobody").get(5, TimeUnit.SECONDS)).isEmpty();
		assertThat(host.queue("sales").get(5, TimeUnit.SECONDS)).isPresent();
	}

	@Test
	void refusesInputsWhenTheQueueStaysFull() throws Exception {
		EngineHost host = start(new EngineHostProperties(1, Duration.ofMillis(20), Duration.ofSeconds(1)));
		host.start();
		CountDownLatch busy = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		host.query((engine) -> {
			busy.countDown();
			try {
				return release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		});
		assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
		host.submit(new Input.AgentLogin("a1"));
		assertThatExceptionOfType(EngineOverloadedException.class)
			.isThrownBy(() -> host.submit(new Input.AgentReady("a1")))
			.withMessageContaining("stayed full");
		release.countDown();
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(AgentStateName.NOT_READY);
	}

	@Test
	void aFailingSinkDoesNotStopTheEngine() throws Exception {
		EngineHost host = start(EngineHostProperties.defaults());
		host.addSink((batch) -> {
			throw new IllegalStateException("telephony down (simulated)");
		});
		host.start();
		host.submit(new Input.AgentLogin("a1"));
		host.submit(new Input.AgentReady("a1"));
		host.submit(new Input.ContactArrives("c3", "555", "800", "queue:sales", Map.of()));
		settle();
		assertThat(this.actions).anyMatch((action) -> action instanceof Action.RingAgent);
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(AgentStateName.RESERVED);
	}

	@Test
	void restoresAgentsBeforeTheFirstSubmittedInput() throws Exception {
		EngineHost host = start(EngineHostProperties.defaults());
		host.onStart(() -> List.of(new Input.AgentLogin("a1"), new Input.AgentNotReady("a1", "after restart")));
		host.start();
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().reason()).isEqualTo("after restart");
	}

	@Test
	void reconfigureAppliesANewQueue() throws Exception {
		EngineHost host = start(EngineHostProperties.defaults());
		host.start();
		CenterConfig bigger = CenterConfig.builder()
			.queue(QueueConfig.named("sales"))
			.queue(QueueConfig.named("support"))
			.agent(CenterConfig.AgentConfig.of("a1").queue("sales").queue("support"))
			.build();
		host.reconfigure(bigger).get(5, TimeUnit.SECONDS);
		assertThat(host.agent("a1").get(5, TimeUnit.SECONDS).orElseThrow().queues()).containsExactly("sales",
				"support");
	}

	private void settle() throws Exception {
		this.host.query((engine) -> engine.activeContacts()).get(5, TimeUnit.SECONDS);
	}

}
