package org.switchboard.engine.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the KPI calculator counts: interval length (15, 30 or 60 minutes, aligned to UTC
 * multiples of the length), the service-level and short-abandon thresholds, and an
 * optional statistics window {@code [from, to)} (null means unbounded) used e.g. to drop
 * a simulation's warm-up.
 *
 * @param interval length of a report interval: 15, 30 or 60 minutes
 * @param serviceLevelThreshold a call answered (or abandoned) after waiting at most this
 * long counts as within the threshold
 * @param shortAbandonThreshold a call abandoned after waiting at most this long is a
 * short abandon
 * @param from first instant counted (inclusive) or null
 * @param to end of the counted period (exclusive) or null
 */
public record KpiSettings(Duration interval, Duration serviceLevelThreshold, Duration shortAbandonThreshold,
		Instant from, Instant to) {

	public KpiSettings {
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
		Objects.requireNonNull(shortAbandonThreshold, "shortAbandonThreshold");
		long minutes = interval.toMinutes();
		if (!interval.equals(Duration.ofMinutes(minutes)) || (minutes != 15 && minutes != 30 && minutes != 60)) {
			throw new IllegalArgumentException("interval must be 15, 30 or 60 minutes, was " + interval);
		}
		if (serviceLevelThreshold.isNegative() || shortAbandonThreshold.isNegative()) {
			throw new IllegalArgumentException("thresholds must not be negative");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("window end " + to + " is before its start " + from);
		}
	}

	/** 30-minute intervals, 20 s service level, 5 s short abandons, no window. */
	public static KpiSettings defaults() {
		return new KpiSettings(Duration.ofMinutes(30), Duration.ofSeconds(20), Duration.ofSeconds(5), null, null);
	}

	/** A copy counting only {@code [from, to)}. */
	public KpiSettings window(Instant from, Instant to) {
		return new KpiSettings(this.interval, this.serviceLevelThreshold, this.shortAbandonThreshold, from, to);
	}

}
