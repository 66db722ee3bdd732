package org.switchboard.server.live;

import java.time.Duration;

/**
 * Decides when the live stream pushes: when the floor changed and the last push is at
 * least {@code minGap} old (coalescing bursts: at most 1/minGap pushes a second), and at
 * least every {@code maxGap} anyway (so time-based alerts appear without events).
 * Monotonic milliseconds in, not thread-safe (one pusher thread).
 */
final class PushPacer {

	private final long minGapMillis;

	private final long maxGapMillis;

	private long lastVersion = -1;

	private long lastPushMillis;

	private boolean pushed;

	PushPacer(Duration minGap, Duration maxGap) {
		this.minGapMillis = minGap.toMillis();
		this.maxGapMillis = maxGap.toMillis();
	}

	/** True if a push is due at {@code nowMillis} with the floor at {@code version}. */
	boolean due(long nowMillis, long version) {
		long sinceLast = nowMillis - this.lastPushMillis;
		boolean changed = version != this.lastVersion;
		if (this.pushed && !(changed && sinceLast >= this.minGapMillis) && sinceLast < this.maxGapMillis) {
			return false;
		}
		this.pushed = true;
		this.lastVersion = version;
		this.lastPushMillis = nowMillis;
		return true;
	}

}
