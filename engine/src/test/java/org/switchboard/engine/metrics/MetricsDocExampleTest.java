package org.switchboard.engine.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked example of docs/metrics.md: its event block is fed to the calculator and
 * every figure in its tables is asserted, so the document and the code cannot disagree.
 */
class MetricsDocExampleTest {

	private static String doc;

	private static KpiReport report;

	@BeforeAll
	static void runTheDocumentedEvents() throws IOException {
		doc = Files.readString(Path.of("..", "docs", "metrics.md"), StandardCharsets.UTF_8);
		int start = doc.indexOf("```timeline");
		int end = doc.indexOf("```", start + 3);
		assertThat(start).as("timeline block in docs/metrics.md").isPositive();
		KpiCalculator calculator = new KpiCalculator(
				new KpiSettings(Duration.ofMinutes(15), Duration.ofSeconds(20), Duration.ofSeconds(5), null, null));
		Timeline.parse(doc.substring(doc.indexOf('\n', start), end)).forEach(calculator::append);
		report = calculator.report(Timeline.at("09:30:00"));
	}

	@Test
	void supportQueueFirstIntervalMatchesTheTable() {
		QueueFigures f = row("support", 0);
		assertThat(f.intervalStart()).isEqualTo(Timeline.at("09:00:00"));
		assertThat(List.of(f.offered(), f.answered(), f.abandoned(), f.shortAbandons(), f.answeredWithinThreshold()))
			.containsExactly(6L, 4L, 2L, 1L, 3L);
		assertTableRow("offered", "6");
		assertTableRow("answered", "4");
		assertTableRow("abandoned", "2");
		assertTableRow("short abandons", "1");
		assertTableRow("answered within threshold", "3");
		for (ServiceLevelFormula formula : ServiceLevelFormula.values()) {
			assertTableRow("SL " + formula.label(), fixed(f.serviceLevel(formula), 4));
		}
		assertThat(f.serviceLevel()).isEqualTo(0.5);
		assertThat(f.serviceLevel(ServiceLevelFormula.ANSWERED_AND_ABANDONED)).isCloseTo(4.0 / 6, within(1e-12));
		assertTableRow("ASA", fixed(f.asaSeconds(), 2) + " s");
		assertTableRow("average ring time", fixed(f.averageRingSeconds(), 2) + " s");
		assertTableRow("ATT", fixed(f.averageTalkSeconds(), 2) + " s");
		assertTableRow("average hold", fixed(f.averageHoldSeconds(), 2) + " s");
		assertTableRow("ACW", fixed(f.averageAfterCallWorkSeconds(), 2) + " s");
		assertTableRow("AHT", fixed(f.averageHandleSeconds(), 2) + " s");
		assertTableRow("abandon rate", fixed(f.abandonRate(), 4));
		assertTableRow("transfer rate", fixed(f.transferRate(), 4));
		assertThat(f.asaSeconds()).isEqualTo(12.75);
		assertThat(f.averageHandleSeconds()).isEqualTo(222.5);
		assertThat(f.open()).isZero();
	}

	@Test
	void callAnsweredInTheNextIntervalBelongsToItsOwnEntryInterval() {
		QueueFigures second = row("support", 1);
		assertThat(second.intervalStart()).isEqualTo(Timeline.at("09:15:00"));
		assertThat(second.offered()).isEqualTo(1);
		assertThat(second.serviceLevel()).isEqualTo(1.0);
		assertThat(second.asaSeconds()).isEqualTo(10.0);
		assertThat(doc).contains("offered 1, answered 1 (c7), service level 1 / 1 = 1.0000,\nASA 10.00 s");
	}

	@Test
	void transferredContactStartsANewVisitInTheTargetQueue() {
		QueueFigures billing = row("billing", 0);
		assertThat(List.of(billing.offered(), billing.abandoned(), billing.answered())).containsExactly(1L, 1L, 0L);
		assertThat(billing.waitAbandonedSeconds()).isEqualTo(60.0);
		assertThat(doc).contains("abandoned 1, its wait 60 s counted from 09:08:40");
	}

	@Test
	void agentStateTimeIsSplitAtTheIntervalBoundary() {
		for (String agent : List.of("alice", "bob")) {
			AgentFigures a = report.agentIntervals().get(agent).get(0);
			assertThat(a.loggedInSeconds()).isEqualTo(900.0);
			String row = "| %s | %s s | %s s | %s s | %s | %s s | %s / %s = %s | %s / 900 = %s |".formatted(agent,
					whole(a.readySeconds()), whole(a.reservedSeconds()), whole(a.onCallSeconds()),
					(a.onHoldSeconds() == 0) ? "0" : whole(a.onHoldSeconds()) + " s", whole(a.wrapUpSeconds()),
					whole(a.busySeconds()), whole(a.busySeconds() + a.readySeconds()), fixed(a.occupancy(), 4),
					whole(a.onCallSeconds()), fixed(a.utilization(), 4));
			assertThat(doc).contains(row);
		}
		AgentFigures alice = report.agentIntervals().get("alice").get(0);
		assertThat(alice.occupancy()).isCloseTo(470.0 / 890, within(1e-12));
		assertThat(alice.handled()).isEqualTo(2);
		assertThat(alice.transferred()).isEqualTo(1);
	}

	@Test
	void bobsWholePeriodMatchesTheText() {
		AgentFigures bob = report.agent("bob");
		assertThat(bob.onCallSeconds()).isEqualTo(300.0);
		assertThat(bob.readySeconds()).isEqualTo(1374.0);
		assertThat(bob.handled()).isEqualTo(2);
		assertThat(bob.averageHandleSeconds()).isEqualTo(210.0);
		assertThat(doc).contains("occupancy 420 / 1794 = " + fixed(bob.occupancy(), 4) + ", utilization 300 / 1800 = "
				+ fixed(bob.utilization(), 4));
		assertThat(doc).contains("(300 + 60 + 60) / 2 = " + fixed(bob.averageHandleSeconds(), 2) + " s");
	}

	private static QueueFigures row(String queue, int index) {
		return report.queueIntervals().get(queue).get(index);
	}

	private static void assertTableRow(String figure, String value) {
		int from = doc.indexOf("Queue `support`, interval 09:00–09:15:");
		String table = doc.substring(from, doc.indexOf("Queue `support`, interval 09:15–09:30:"));
		assertThat(table.lines().filter((l) -> l.startsWith("| " + figure + " |")).toList())
			.as("table row '%s' in docs/metrics.md", figure)
			.hasSize(1)
			.allSatisfy((l) -> assertThat(l).endsWith("| " + value + " |"));
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String whole(double seconds) {
		return String.valueOf(Math.round(seconds));
	}

}
