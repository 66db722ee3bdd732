package org.switchboard.server.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loud alarm of a journal whose database stopped taking events: one ERROR per
 * episode, a gauge for Prometheus and a DEGRADED health, all cleared once the buffer
 * drains.
 */
@ExtendWith(OutputCaptureExtension.class)
class JournalAlarmTests {

	private static final String ALARM = "above its high-water mark of 10";

	private final AtomicBoolean databaseDown = new AtomicBoolean(true);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final JournalProperties properties = new JournalProperties(1000, 10, 5, Duration.ofMillis(5),
			Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofHours(24));

	private final PersistentJournal journal = new PersistentJournal(new JournalStore(new JdbcTemplate()) {
		@Override
		public void insert(List<JournalEntry> entries) {
			if (JournalAlarmTests.this.databaseDown.get()) {
				throw new DataAccessResourceFailureException("database is down (simulated)");
			}
		}
	}, this.properties, this.meters);

	private final JournalHealthIndicator health = new JournalHealthIndicator(this.journal, this.properties);

	@AfterEach
	void stop() {
		this.databaseDown.set(false);
		this.journal.stop();
	}

	@Test
	void anEpisodeAboveTheHighWaterMarkIsLoggedOnceShownInHealthAndMetricsAndClearedWhenDrained(CapturedOutput output)
			throws Exception {
		this.journal.start();
		append(40);

		assertThat(output.getOut().split(ALARM, -1)).as("one ERROR for the whole episode").hasSize(2);
		assertThat(output.getOut()).contains("ERROR");
		assertThat(this.meters.get("switchboard.journal.alarm").gauge().value()).isEqualTo(1);
		assertThat(this.meters.counter("switchboard.journal.high.water").count()).isEqualTo(1);
		Health degraded = this.health.health();
		assertThat(degraded.getStatus()).isEqualTo(new Status(JournalHealthIndicator.DEGRADED));
		assertThat(degraded.getDetails()).containsEntry("highWaterMark", 10);
		assertThat((Integer) degraded.getDetails().get("buffered")).isGreaterThan(10);

		this.databaseDown.set(false);
		assertThat(this.journal.awaitStored(Duration.ofSeconds(10))).isTrue();

		assertThat(this.meters.get("switchboard.journal.alarm").gauge().value()).isZero();
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		this.databaseDown.set(true);
		append(40);
		assertThat(output.getOut().split(ALARM, -1)).as("a second episode, a second ERROR").hasSize(3);
		assertThat(this.meters.counter("switchboard.journal.high.water").count()).isEqualTo(2);
	}

	private void append(int events) {
		Instant at = Instant.parse("2026-03-02T09:00:00Z");
		for (int i = 0; i < events; i++) {
			this.journal.append(new AgentStateChanged(at.plusMillis(i), "a" + i, AgentStateName.LOGGED_OUT,
					AgentStateName.NOT_READY, "logged in", null));
		}
	}

}
