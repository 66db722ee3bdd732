package org.switchboard.engine.metrics;

import java.time.Instant;

/** Mutable counts and nanosecond sums behind one {@link QueueFigures} row. */
final class QueueAccumulator {

	private static final double NANOS_PER_SECOND = 1e9;

	final String queue;

	final long intervalStartSecond;

	long offered;

	long answered;

	long abandoned;

	long shortAbandons;

	long removed;

	long answeredWithin;

	long abandonedWithin;

	long transferred;

	long offerFailures;

	long waitAnsweredNanos;

	long waitAbandonedNanos;

	long ringNanos;

	long talkNanos;

	long holdNanos;

	long acwNanos;

	QueueAccumulator(String queue, long intervalStartSecond) {
		this.queue = queue;
		this.intervalStartSecond = intervalStartSecond;
	}

	QueueFigures snapshot() {
		return new QueueFigures(this.queue, Instant.ofEpochSecond(this.intervalStartSecond), this.offered,
				this.answered, this.abandoned, this.shortAbandons, this.removed, this.answeredWithin,
				this.abandonedWithin, this.transferred, this.offerFailures, seconds(this.waitAnsweredNanos),
				seconds(this.waitAbandonedNanos), seconds(this.ringNanos), seconds(this.talkNanos),
				seconds(this.holdNanos), seconds(this.acwNanos));
	}

	static double seconds(long nanos) {
		return nanos / NANOS_PER_SECOND;
	}

}
