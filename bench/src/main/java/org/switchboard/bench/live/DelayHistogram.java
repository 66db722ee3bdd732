package org.switchboard.bench.live;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Delays in whole milliseconds, 0 to one minute (longer ones count as a minute, negative
 * ones as 0), safe to record from many threads; percentiles at 1 ms resolution.
 */
final class DelayHistogram {

	private static final int LIMIT_MILLIS = 60_000;

	private final AtomicLongArray counts = new AtomicLongArray(LIMIT_MILLIS + 1);

	void record(long millis) {
		this.counts.incrementAndGet((int) Math.max(0, Math.min(LIMIT_MILLIS, millis)));
	}

	void clear() {
		for (int i = 0; i <= LIMIT_MILLIS; i++) {
			this.counts.set(i, 0);
		}
	}

	void add(DelayHistogram other) {
		for (int i = 0; i <= LIMIT_MILLIS; i++) {
			this.counts.addAndGet(i, other.counts.get(i));
		}
	}

	long count() {
		long total = 0;
		for (int i = 0; i <= LIMIT_MILLIS; i++) {
			total += this.counts.get(i);
		}
		return total;
	}

	/**
	 * The smallest delay that at least {@code percent} % of the samples do not exceed.
	 */
	long percentile(double percent) {
		long total = count();
		if (total == 0) {
			return -1;
		}
		long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
		long seen = 0;
		for (int i = 0; i <= LIMIT_MILLIS; i++) {
			seen += this.counts.get(i);
			if (seen >= rank) {
				return i;
			}
		}
		return LIMIT_MILLIS;
	}

	String summary() {
		return String.format(Locale.ROOT, "n=%d p50_ms=%d p95_ms=%d p99_ms=%d max_ms=%d", count(), percentile(50),
				percentile(95), percentile(99), percentile(100));
	}

}
