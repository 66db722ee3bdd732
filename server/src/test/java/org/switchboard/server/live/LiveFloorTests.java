package org.switchboard.server.live;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.ivr.IvrFlow;
import org.switchboard.engine.ivr.IvrNode;
import org.switchboard.server.live.WallboardSnapshot.Alert;
import org.switchboard.server.live.WallboardSnapshot.QueueRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live floor follows a real engine's journal: queue figures, agent states, the
 * contact behind a screen pop, alerts.
 */
class LiveFloorTests {

	private Instant now = Instant.parse("2026-03-02T09:00:00Z");

	private final LiveFloor floor = new LiveFloor(LiveProperties.defaults(), ZoneOffset.UTC, () -> 42L);

	private final Engine engine = new Engine(CenterConfig.builder()
		.timeZone(ZoneOffset.UTC)
		.queue(QueueConfig.named("sales").wrapUpSeconds(30))
		.agent(AgentConfig.of("a1").name("Ann").queue("sales"))
		.agent(AgentConfig.of("a2").name("Bob").queue("sales"))
		.ivr(new IvrFlow("main", "menu",
				Map.of("menu", new IvrNode.Menu("welcome", Map.of("1", "sales"), 5, 1, null, null), "sales",
						new IvrNode.Queue("sales", OptionalInt.empty()))))
		.build(), this.floor::on, RandomGenerator.of("L64X128MixRandom"));

	LiveFloorTests() {
		this.floor.roster(new Roster(Map.of("a1", "Ann", "a2", "Bob"),
				Map.of("a1", List.of("sales"), "a2", List.of("sales")), List.of("sales"), Map.of("sales", 30)));
	}

	private void handle(Input input) {
		this.engine.handle(input, this.now);
	}

	private void wait(Duration duration) {
		this.now = this.now.plus(duration);
		this.engine.tick(this.now);
	}

	@Test
	void wallboardCountsAnAnsweredCallAndTheAgentBackInReady() {
		handle(new Input.AgentLogin("a1"));
		handle(new Input.AgentReady("a1"));
		handle(new Input.ContactArrives("c1", "13800138000", "4000", "queue:sales", Map.of()));
		wait(Duration.ofSeconds(4));
		handle(new Input.AgentAnswered("c1", "a1"));
		wait(Duration.ofSeconds(60));
		handle(new Input.CallerHungUp("c1"));
		handle(new Input.AgentReady("a1"));

		WallboardSnapshot board = this.floor.wallboard(this.now);
		QueueRow sales = board.queues().get(0);
		assertThat(sales.name()).isEqualTo("sales");
		assertThat(sales.offered()).isEqualTo(1);
		assertThat(sales.answered()).isEqualTo(1);
		assertThat(sales.abandoned()).isZero();
		assertThat(sales.waiting()).isZero();
		assertThat(sales.serviceLevel()).isEqualTo(1.0);
		assertThat(sales.asaSeconds()).isEqualTo(4.0);
		assertThat(sales.agentsByState()).containsEntry("READY", 1).containsEntry("LOGGED_OUT", 1);
		assertThat(board.agents()).extracting("id", "state")
			.contains(org.assertj.core.groups.Tuple.tuple("a1", "READY"));
		assertThat(board.serviceLevelFormula()).isEqualTo("answered-within-threshold / offered");
		assertThat(board.eventWallMillis()).isEqualTo(42L);
	}

	@Test
	void agentSnapshotCarriesTheRingingContactForTheScreenPop() {
		handle(new Input.AgentLogin("a1"));
		handle(new Input.AgentReady("a1"));
		handle(new Input.ContactArrives("c7", "02161234567", "4000", "queue:sales", Map.of()));

		AgentSnapshot desk = this.floor.agent("a1", this.now);
		assertThat(desk.state()).isEqualTo("RESERVED");
		assertThat(desk.contact().id()).isEqualTo("c7");
		assertThat(desk.contact().callerNumber()).isEqualTo("02161234567");
		assertThat(desk.contact().queue()).isEqualTo("sales");
		assertThat(desk.wrapUpSeconds()).isEqualTo(30);
	}

	@Test
	void agentKeepsTheContactThroughWrapUpAndCountsTodaysCalls() {
		handle(new Input.AgentLogin("a1"));
		handle(new Input.AgentReady("a1"));
		handle(new Input.ContactArrives("c1", "13800138000", "4000", "queue:sales", Map.of()));
		handle(new Input.AgentAnswered("c1", "a1"));
		wait(Duration.ofSeconds(100));
		handle(new Input.CallerHungUp("c1"));
		wait(Duration.ofSeconds(10));

		AgentSnapshot wrapping = this.floor.agent("a1", this.now);
		assertThat(wrapping.state()).isEqualTo("WRAP_UP");
		assertThat(wrapping.contact().id()).isEqualTo("c1");
		assertThat(wrapping.contact().endedAt()).isNotNull();

		handle(new Input.AgentReady("a1"));
		AgentSnapshot ready = this.floor.agent("a1", this.now);
		assertThat(ready.contact()).isNull();
		assertThat(ready.callsToday()).isEqualTo(1);
		assertThat(ready.averageHandleSeconds()).isEqualTo(110.0);
	}

	@Test
	void longNotReadyWarnsTheAgentAndAlertsTheSupervisor() {
		handle(new Input.AgentLogin("a2"));
		handle(new Input.AgentNotReady("a2", "break"));
		Instant later = this.now.plus(Duration.ofMinutes(16));

		AgentSnapshot desk = this.floor.agent("a2", later);
		assertThat(desk.notReadyWarning()).isTrue();
		assertThat(desk.reason()).isEqualTo("break");
		assertThat(desk.notReadySecondsToday()).isEqualTo(16 * 60.0);
		assertThat(this.floor.wallboard(later).alerts()).extracting(Alert::kind, Alert::subject)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LONG_NOT_READY", "a2"));
		assertThat(this.floor.agent("a2", this.now.plus(Duration.ofMinutes(14))).notReadyWarning()).isFalse();
	}

	@Test
	void callerWaitingLongerThanTheThresholdRaisesALongWaitAlert() {
		handle(new Input.ContactArrives("c9", "13900000000", "4000", "queue:sales", Map.of()));
		Instant later = this.now.plus(Duration.ofSeconds(61));

		WallboardSnapshot board = this.floor.wallboard(later);
		assertThat(board.queues().get(0).waiting()).isEqualTo(1);
		assertThat(board.queues().get(0).longestWaitSince()).isEqualTo(this.now.toEpochMilli());
		assertThat(board.alerts()).extracting(Alert::kind, Alert::subject)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LONG_WAIT", "sales"));
		assertThat(this.floor.wallboard(this.now.plus(Duration.ofSeconds(59))).alerts()).isEmpty();
	}

	@Test
	void screenPopShowsTheIvrPathAndTheDigitsTheCallerGave() {
		handle(new Input.AgentLogin("a1"));
		handle(new Input.AgentReady("a1"));
		handle(new Input.ContactArrives("c5", "13900000000", "4000", "ivr:main", Map.of()));
		handle(new Input.DigitsCollected("c5", "1"));

		AgentSnapshot desk = this.floor.agent("a1", this.now);
		assertThat(desk.contact().id()).isEqualTo("c5");
		assertThat(desk.contact().ivrPath()).startsWith("main/menu");
		assertThat(desk.contact().ivrDigits()).containsExactly("menu=1");
	}

	@Test
	void ringNoAnswerShowsAsAMissedRing() {
		handle(new Input.AgentLogin("a1"));
		handle(new Input.AgentReady("a1"));
		handle(new Input.ContactArrives("c3", "13900000000", "4000", "queue:sales", Map.of()));
		handle(new Input.AgentRingFailed("c3", "a1", "no-answer"));

		assertThat(this.floor.wallboard(this.now).alerts()).extracting(Alert::kind, Alert::subject)
			.contains(org.assertj.core.groups.Tuple.tuple("MISSED_RING", "a1"));
	}

}
