package org.switchboard.engine.metrics;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KpiCalculatorTest {

	private static final KpiSettings QUARTER_HOURS = new KpiSettings(Duration.ofMinutes(15), Duration.ofSeconds(20),
			Duration.ofSeconds(5), null, null);

	private static KpiReport run(KpiSettings settings, String timeline, String reportAt) {
		KpiCalculator calculator = new KpiCalculator(settings);
		Timeline.parse(timeline).forEach(calculator::append);
		return calculator.report(Timeline.at(reportAt));
	}

	@Test
	void overflowCountsTheVisitInBothQueuesWithWaitFromEachEntry() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 QUEUED c1 sales
				10:01:00 OVERFLOWED c1 sales queue:support
				10:01:00 QUEUED c1 support
				10:01:10 OFFERED c1 support ann
				10:01:15 ANSWERED c1 support ann
				10:03:15 ENDED c1 AGENT
				""", "10:15:00");
		QueueFigures sales = report.queue("sales");
		assertThat(List.of(sales.offered(), sales.removed(), sales.answered(), sales.abandoned())).containsExactly(1L,
				1L, 0L, 0L);
		assertThat(sales.serviceLevel()).isZero();
		QueueFigures support = report.queue("support");
		assertThat(support.answered()).isEqualTo(1);
		assertThat(support.asaSeconds()).isEqualTo(15.0);
		assertThat(support.averageRingSeconds()).isEqualTo(5.0);
		assertThat(support.averageTalkSeconds()).isEqualTo(120.0);
	}

	@Test
	void contactsStillWaitingAtTheEndAreOpenAndLowerTheDefaultServiceLevel() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 QUEUED c1 support
				10:00:05 ANSWERED c1 support ann
				10:00:10 QUEUED c2 support
				""", "10:10:00");
		QueueFigures f = report.queue("support");
		assertThat(f.open()).isEqualTo(1);
		assertThat(f.serviceLevel()).isEqualTo(0.5);
		assertThat(f.serviceLevel(ServiceLevelFormula.ANSWERED)).isEqualTo(1.0);
		// c1 is still talking: its talk is not counted until it ends
		assertThat(f.talkSeconds()).isZero();
	}

	@Test
	void talkOfAContactThatEndsAfterAReportIsAddedLater() {
		KpiCalculator calculator = new KpiCalculator(QUARTER_HOURS);
		Timeline.parse("""
				10:00:00 QUEUED c1 support
				10:00:05 ANSWERED c1 support ann
				""").forEach(calculator::append);
		assertThat(calculator.report(Timeline.at("10:05:00")).queue("support").talkSeconds()).isZero();
		Timeline.parse("10:20:05 ENDED c1 CALLER").forEach(calculator::append);
		KpiReport later = calculator.report(Timeline.at("10:30:00"));
		assertThat(later.queue("support").talkSeconds()).isEqualTo(1200.0);
		assertThat(later.queueIntervals().get("support")).hasSize(1);
	}

	@Test
	void windowDropsContactsQueuedBeforeItAndClipsAgentTime() {
		KpiSettings window = QUARTER_HOURS.window(Timeline.at("10:00:00"), Timeline.at("11:00:00"));
		KpiReport report = run(window, """
				09:50:00 AGENT ann READY
				09:59:50 QUEUED c0 support
				09:59:55 OFFERED c0 support ann
				09:59:55 AGENT ann RESERVED
				10:00:05 ANSWERED c0 support ann
				10:00:05 AGENT ann ON_CALL
				10:01:00 QUEUED c1 support
				10:02:05 ENDED c0 CALLER
				10:02:05 AGENT ann READY
				10:02:05 OFFERED c1 support ann
				10:02:05 AGENT ann RESERVED
				10:02:10 ANSWERED c1 support ann
				10:02:10 AGENT ann ON_CALL
				10:04:10 ENDED c1 CALLER
				10:04:10 AGENT ann READY
				11:30:00 QUEUED c2 support
				""", "12:00:00");
		QueueFigures f = report.queue("support");
		assertThat(f.offered()).as("only c1 entered inside the window").isEqualTo(1);
		assertThat(f.asaSeconds()).isEqualTo(70.0);
		AgentFigures ann = report.agent("ann");
		assertThat(ann.loggedInSeconds()).as("10:00–11:00 only").isEqualTo(3600.0);
		assertThat(ann.onCallSeconds()).isEqualTo(120.0 + 120.0);
		assertThat(ann.reservedSeconds()).as("09:59:55–10:00:05 clipped at 10:00").isEqualTo(5.0 + 5.0);
		assertThat(ann.handled()).as("c0 was answered inside the window, c1 too").isEqualTo(2);
	}

	@Test
	void sixtyMinuteIntervalsStartOnTheHour() {
		KpiSettings hours = new KpiSettings(Duration.ofMinutes(60), Duration.ofSeconds(20), Duration.ofSeconds(5), null,
				null);
		KpiReport report = run(hours, """
				10:59:59 QUEUED c1 support
				11:00:00 QUEUED c2 support
				11:59:59 QUEUED c3 support
				""", "12:00:00");
		assertThat(report.queueIntervals().get("support")).extracting(QueueFigures::intervalStart)
			.containsExactly(Timeline.at("10:00:00"), Timeline.at("11:00:00"));
		assertThat(report.queueIntervals().get("support")).extracting(QueueFigures::offered).containsExactly(1L, 2L);
	}

	@Test
	void acceptsOnlyFifteenThirtyOrSixtyMinuteIntervals() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new KpiSettings(Duration.ofMinutes(20), Duration.ofSeconds(20), Duration.ofSeconds(5),
					null, null))
			.withMessageContaining("15, 30 or 60");
	}

	@Test
	void ringTimeCountsOnlyTheOfferThatWasAnswered() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 QUEUED c1 support
				10:00:00 OFFERED c1 support ann
				10:00:20 OFFER_FAILED c1 support ann
				10:00:21 OFFERED c1 support bob
				10:00:24 ANSWERED c1 support bob
				""", "10:10:00");
		QueueFigures f = report.queue("support");
		assertThat(f.offerFailures()).isEqualTo(1);
		assertThat(f.averageRingSeconds()).isEqualTo(3.0);
		assertThat(f.asaSeconds()).isEqualTo(24.0);
		assertThat(f.answeredWithinThreshold()).isZero();
	}

	@Test
	void shortAbandonAndThresholdBoundariesAreInclusive() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 QUEUED c1 support
				10:00:05 ABANDONED c1 support
				10:01:00 QUEUED c2 support
				10:01:20 ANSWERED c2 support ann
				10:02:00 QUEUED c3 support
				10:02:06 ABANDONED c3 support
				""", "10:10:00");
		QueueFigures f = report.queue("support");
		assertThat(f.shortAbandons()).as("5 s is short, 6 s is not").isEqualTo(1);
		assertThat(f.answeredWithinThreshold()).as("20 s is within 20 s").isEqualTo(1);
		assertThat(f.abandonedWithinThreshold()).isEqualTo(2);
		assertThat(f.serviceLevel(ServiceLevelFormula.OFFERED_MINUS_SHORT_ABANDONS)).isEqualTo(0.5);
	}

	@Test
	void systemEndWhileWaitingIsRemovedNotAbandoned() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 QUEUED c1 support
				10:05:00 ENDED c1 SYSTEM
				""", "10:10:00");
		QueueFigures f = report.queue("support");
		assertThat(f.removed()).isEqualTo(1);
		assertThat(f.abandoned()).isZero();
		assertThat(f.abandonRate()).isZero();
	}

	@Test
	void directAnswerWithoutAQueueCountsForTheAgentOnly() {
		KpiReport report = run(QUARTER_HOURS, """
				10:00:00 ANSWERED c1 - ann
				10:03:00 ENDED c1 CALLER
				""", "10:10:00");
		assertThat(report.queueIntervals()).isEmpty();
		assertThat(report.agent("ann").handled()).isEqualTo(1);
		assertThat(report.agent("ann").talkSeconds()).isEqualTo(180.0);
	}

	@Test
	void averagesOfAnEmptyPeriodAreUndefinedNotZero() {
		QueueFigures empty = QueueFigures.empty("support", null);
		assertThat(empty.serviceLevel()).isNaN();
		assertThat(empty.asaSeconds()).isNaN();
		assertThat(AgentFigures.empty("ann", null).occupancy()).isNaN();
	}

}
