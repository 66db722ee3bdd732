package org.switchboard.telephony.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.SecurityEvents;

/**
 * Bans a source address after {@code threshold} failed authentications within
 * {@code window}; a banned source is ignored (no response at all) until the ban ends.
 */
public final class BruteForceGuard {

	private static final Logger log = LoggerFactory.getLogger(BruteForceGuard.class);

	private final Clock clock;

	private final int threshold;

	private final Duration window;

	private final Duration banDuration;

	private final SecurityEvents events;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> bannedUntil = new ConcurrentHashMap<>();

	public BruteForceGuard(Clock clock, int threshold, Duration window, Duration banDuration, SecurityEvents events) {
		this.clock = clock;
		this.threshold = threshold;
		this.window = window;
		this.banDuration = banDuration;
		this.events = events;
	}

	public boolean isBanned(String source) {
		Instant until = this.bannedUntil.get(source);
		if (until == null) {
			return false;
		}
		if (!this.clock.instant().isBefore(until)) {
			this.bannedUntil.remove(source, until);
			return false;
		}
		return true;
	}

	/** Counts one failure; bans the source when it reaches the threshold. */
	public void recordFailure(String source, String user, String method) {
		this.events.authenticationFailed(source, user, method);
		Instant now = this.clock.instant();
		Deque<Instant> times = this.failures.computeIfAbsent(source, (s) -> new ArrayDeque<>());
		int count;
		synchronized (times) {
			times.addLast(now);
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(this.window))) {
				times.removeFirst();
			}
			count = times.size();
			if (count >= this.threshold) {
				times.clear();
			}
		}
		if (count >= this.threshold) {
			Instant until = now.plus(this.banDuration);
			this.bannedUntil.put(source, until);
			log.warn("Banning SIP source {} until {} after {} failed authentications", source, until, count);
			this.events.sourceBanned(source, until, count);
		}
	}

}
