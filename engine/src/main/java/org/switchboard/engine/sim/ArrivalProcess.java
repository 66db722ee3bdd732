package org.switchboard.engine.sim;

import java.time.LocalTime;
import java.util.List;
import java.util.random.RandomGenerator;

import org.switchboard.engine.sim.Scenario.ProfileSlot;

/**
 * Poisson arrival times of one stream, in seconds since the simulation start: constant
 * rate, or piecewise constant over the slots of a daily profile (exact, since the
 * exponential gap is memoryless: a gap that crosses a slot end is redrawn from there).
 */
final class ArrivalProcess {

	private static final double DAY = 86_400;

	private final double ratePerSecond;

	private final double[] from;

	private final double[] to;

	private final double[] rate;

	private final RandomGenerator random;

	ArrivalProcess(double callsPerHour, List<ProfileSlot> profile, RandomGenerator random) {
		this.ratePerSecond = callsPerHour / 3600.0;
		this.random = random;
		List<ProfileSlot> slots = profile.stream()
			.filter((s) -> s.callsPerHour() > 0)
			.sorted((a, b) -> a.from().compareTo(b.from()))
			.toList();
		this.from = slots.stream().mapToDouble((s) -> seconds(s.from())).toArray();
		this.to = slots.stream().mapToDouble((s) -> seconds(s.to())).toArray();
		this.rate = slots.stream().mapToDouble((s) -> s.callsPerHour() / 3600.0).toArray();
		if (!profile.isEmpty() && slots.isEmpty()) {
			throw new IllegalArgumentException("a profile needs at least one slot with calls");
		}
	}

	/** The next arrival strictly after {@code t} seconds. */
	double next(double t) {
		if (this.from.length == 0) {
			return t + this.random.nextExponential() / this.ratePerSecond;
		}
		double now = t;
		while (true) {
			double day = Math.floor(now / DAY) * DAY;
			double clock = now - day;
			int slot = slotAtOrAfter(clock);
			if (slot < 0) {
				now = day + DAY + this.from[0];
				continue;
			}
			double start = Math.max(now, day + this.from[slot]);
			double end = day + this.to[slot];
			double candidate = start + this.random.nextExponential() / this.rate[slot];
			if (candidate < end) {
				return candidate;
			}
			now = end;
		}
	}

	/** The slot containing {@code clock} or the first one after it; -1 if none today. */
	private int slotAtOrAfter(double clock) {
		for (int i = 0; i < this.from.length; i++) {
			if (clock < this.to[i]) {
				return i;
			}
		}
		return -1;
	}

	private static double seconds(LocalTime time) {
		return time.equals(LocalTime.MAX) ? DAY : time.toSecondOfDay();
	}

}
