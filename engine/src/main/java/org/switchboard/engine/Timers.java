package org.switchboard.engine;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The engine's deadlines as data: a sorted set polled with the injected clock, so a
 * cancelled timer leaves at once instead of lingering until it would have fired.
 */
final class Timers {

	private final TreeSet<Timer> pending = new TreeSet<>(
			Comparator.comparingLong(Timer::at).thenComparingLong(Timer::seq));

	private long seq;

	Timer schedule(long atMillis, Kind kind, Contact contact, AgentEntry agent) {
		Timer timer = new Timer(atMillis, ++this.seq, kind, contact, agent);
		this.pending.add(timer);
		return timer;
	}

	/** Cancels {@code timer} if it is set; returns null for assignment. */
	Timer cancel(Timer timer) {
		if (timer != null) {
			this.pending.remove(timer);
		}
		return null;
	}

	/** Takes the earliest timer due at {@code nowMillis}, or null. */
	Timer pollDue(long nowMillis) {
		if (this.pending.isEmpty() || this.pending.first().at() > nowMillis) {
			return null;
		}
		return this.pending.pollFirst();
	}

	/** The earliest deadline in epoch milliseconds, or -1 when none is set. */
	long next() {
		return this.pending.isEmpty() ? -1 : this.pending.first().at();
	}

	int size() {
		return this.pending.size();
	}

	/** What a timer does when it fires. */
	enum Kind {

		/** An offer's lease: ring timeout plus grace; the engine takes the offer back. */
		RING_LEASE,
		/** The end of timed after-call work. */
		WRAP_UP,
		/** A contact's longest wait in its queue. */
		MAX_WAIT,
		/** The end of waiting for a sticky caller's preferred agent. */
		STICKY,
		/** A contact that agents missed may be offered to them again. */
		RETRY,
		/** The next periodic announcement to a waiting caller. */
		ANNOUNCE

	}

	/** One deadline. */
	record Timer(long at, long seq, Kind kind, Contact contact, AgentEntry agent) {
	}

}
