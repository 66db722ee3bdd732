package org.switchboard.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.CenterConfig.AgentConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fresh engine handed the day's counters of its agents (as a restart reads them from
 * the journal) routes and reports as if it had run all day.
 */
class RestoreAgentDayTest {

	private static final LocalDate TODAY = LocalDate.ofInstant(TestCenter.START, ZoneOffset.UTC);

	private final TestCenter center = new TestCenter(CenterConfig.builder()
		.timeZone(ZoneOffset.UTC)
		.queue(QueueConfig.named("fewest").strategy("fewest-calls"))
		.queue(QueueConfig.named("talk").strategy("least-talk-time"))
		.agent(AgentConfig.of("f1").queue("fewest"))
		.agent(AgentConfig.of("f2").queue("fewest"))
		.agent(AgentConfig.of("t1").queue("talk"))
		.agent(AgentConfig.of("t2").queue("talk"))
		.build());

	@Test
	void restoredCallsTodaySteerFewestCallsRoutingAwayFromTheLongerIdleAgent() {
		this.center.send(new Input.RestoreAgentDay("f1", TODAY, 5, Duration.ofMinutes(20)));
		this.center.ready("f1");
		this.center.advance(30);
		this.center.ready("f2");

		this.center.call("c1", "queue:fewest");

		assertThat(this.center.offeredAgent("c1")).as("f1 idles longer but answered 5 calls today").isEqualTo("f2");
	}

	@Test
	void restoredTalkTimeSteersLeastTalkTimeRoutingAndShowsInTheAgentView() {
		this.center.send(new Input.RestoreAgentDay("t1", TODAY, 3, Duration.ofMinutes(10)));
		this.center.send(new Input.RestoreAgentDay("t2", TODAY, 4, Duration.ofMinutes(2)));
		this.center.ready("t2");
		this.center.advance(30);
		this.center.ready("t1");
		this.center.advance(30);

		this.center.call("c1", "queue:talk");

		assertThat(this.center.offeredAgent("c1")).isEqualTo("t2");
		assertThat(this.center.engine.agent("t1").callsToday()).isEqualTo(3);
		assertThat(this.center.engine.agent("t1").talkTimeToday()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void callsAfterTheRestoreAddToTheRestoredCounters() {
		this.center.send(new Input.RestoreAgentDay("f1", TODAY, 2, Duration.ofSeconds(100)));
		this.center.ready("f1");
		this.center.call("c1", "queue:fewest");
		this.center.send(new Input.AgentAnswered("c1", "f1"));
		this.center.advance(40);
		this.center.send(new Input.CallerHungUp("c1"));

		assertThat(this.center.engine.agent("f1").callsToday()).isEqualTo(3);
		assertThat(this.center.engine.agent("f1").talkTimeToday()).isEqualTo(Duration.ofSeconds(140));
	}

	@Test
	void restoringAReadyAgentReSortsTheReadyPool() {
		this.center.ready("f1");
		this.center.advance(30);
		this.center.ready("f2");
		this.center.send(new Input.RestoreAgentDay("f1", TODAY, 7, Duration.ZERO));

		this.center.call("c1", "queue:fewest");

		assertThat(this.center.offeredAgent("c1")).isEqualTo("f2");
	}

	@Test
	void restoredCountersRollOverAtMidnightLikeLiveOnes() {
		this.center.send(new Input.RestoreAgentDay("f1", TODAY, 5, Duration.ofMinutes(20)));
		this.center.ready("f1");

		this.center.advance(15 * 3600 - 1);
		assertThat(this.center.engine.agent("f1").callsToday()).as("23:59:59").isEqualTo(5);
		this.center.advance(1);
		this.center.call("c1", "queue:fewest");

		assertThat(this.center.engine.agent("f1").callsToday()).isZero();
		assertThat(this.center.engine.agent("f1").talkTimeToday()).isZero();
	}

	@Test
	void countersOfAnotherDayAreIgnored() {
		this.center.send(new Input.RestoreAgentDay("f1", TODAY.minusDays(1), 5, Duration.ofMinutes(20)));

		assertThat(this.center.engine.agent("f1").callsToday()).isZero();
		assertThat(this.center.engine.agent("f1").talkTimeToday()).isZero();
	}

	@Test
	void refusesNegativeCounters() {
		assertThatThrownBy(() -> new Input.RestoreAgentDay("f1", TODAY, -1, Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("-1 calls");
	}

}
