package org.switchboard.server.journal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the journal is buffered and written ({@code switchboard.journal.*}).
 *
 * @param capacity events the buffer holds (count); when full the engine waits for the
 * database rather than lose an event; default 100000
 * @param highWaterMark buffered events (count) above which an ERROR is logged once,
 * {@code switchboard.journal.high.water} counted, the {@code switchboard.journal.alarm}
 * gauge set and the journal's health DEGRADED; default 10000
 * @param batchSize most events written in one batch (count); default 500
 * @param retryInitialDelay first pause after a failed write, doubled on each further
 * failure; default 100 ms
 * @param retryMaxDelay longest pause between retries; default 5 s
 * @param shutdownTimeout how long a graceful shutdown waits for the buffer to drain;
 * default 10 s
 * @param recoveryWindow how far back start-up looks for agents' last states and replays
 * events to the live views (at least back to midnight); default 24 h
 */
@ConfigurationProperties("switchboard.journal")
public record JournalProperties(@DefaultValue("100000") int capacity, @DefaultValue("10000") int highWaterMark,
		@DefaultValue("500") int batchSize, @DefaultValue("100ms") Duration retryInitialDelay,
		@DefaultValue("5s") Duration retryMaxDelay, @DefaultValue("10s") Duration shutdownTimeout,
		@DefaultValue("24h") Duration recoveryWindow) {

	public JournalProperties {
		if (capacity < 1 || batchSize < 1 || highWaterMark < 1 || highWaterMark > capacity) {
			throw new IllegalArgumentException("switchboard.journal: capacity and batch-size must be at least 1 and "
					+ "high-water-mark between 1 and capacity");
		}
	}

	/** The defaults, for code that builds a journal outside Spring. */
	public static JournalProperties defaults() {
		return new JournalProperties(100_000, 10_000, 500, Duration.ofMillis(100), Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofHours(24));
	}

}
