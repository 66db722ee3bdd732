package org.switchboard.server.journal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The journal in {@code /actuator/health}: {@value #DEGRADED} while its buffer is above
 * the high-water mark (events are safe in memory but the database is slow or down), UP
 * otherwise. DEGRADED is answered with HTTP 200 and left out of the liveness and
 * readiness probes: restarting the process would lose the buffered events.
 */
class JournalHealthIndicator implements HealthIndicator {

	/** The status name while the alarm is on. */
	static final String DEGRADED = "DEGRADED";

	private final PersistentJournal journal;

	private final JournalProperties properties;

	JournalHealthIndicator(PersistentJournal journal, JournalProperties properties) {
		this.journal = journal;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Health.Builder health = this.journal.alarmed()
				? Health.status(
						new Status(DEGRADED, "journal buffer above its high-water mark: the database is slow or down"))
				: Health.up();
		return health.withDetail("buffered", this.journal.buffered())
			.withDetail("highWaterMark", this.properties.highWaterMark())
			.withDetail("capacity", this.properties.capacity())
			.withDetail("pending", this.journal.pending())
			.build();
	}

}
