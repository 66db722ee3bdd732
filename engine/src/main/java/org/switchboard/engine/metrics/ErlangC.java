package org.switchboard.engine.metrics;

/**
 * Erlang C (M/M/N, callers never abandon): probability of waiting, service level and
 * average speed of answer for {@code agents} agents, an arrival rate and a mean handle
 * time. The probability of waiting comes from the Erlang B recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))} and
 * {@code C = N·B / (N − A·(1 − B))}, which stays within [0, 1] at every step, so it is
 * stable for thousands of agents (no factorials or powers).
 *
 * @param agents number of agents N (at least 1)
 * @param trafficErlangs offered load A = arrival rate × mean handle time
 * @param meanHandleSeconds mean handle time h in seconds
 */
public record ErlangC(int agents, double trafficErlangs, double meanHandleSeconds) {

	public ErlangC {
		if (agents < 1) {
			throw new IllegalArgumentException("agents must be at least 1, was " + agents);
		}
		if (!(trafficErlangs >= 0) || Double.isInfinite(trafficErlangs)) {
			throw new IllegalArgumentException("traffic must be a finite number >= 0, was " + trafficErlangs);
		}
		if (!(meanHandleSeconds > 0) || Double.isInfinite(meanHandleSeconds)) {
			throw new IllegalArgumentException("mean handle time must be > 0 seconds, was " + meanHandleSeconds);
		}
	}

	/** From calls per hour and mean handle time in seconds. */
	public static ErlangC of(int agents, double callsPerHour, double meanHandleSeconds) {
		return new ErlangC(agents, callsPerHour * meanHandleSeconds / 3600.0, meanHandleSeconds);
	}

	/** Erlang B blocking probability for {@code agents} servers and load {@code a}. */
	public static double erlangB(int agents, double a) {
		double b = 1.0;
		for (int n = 1; n <= agents; n++) {
			b = a * b / (n + a * b);
		}
		return b;
	}

	/** Whether the queue is stable (A &lt; N); otherwise waits grow without bound. */
	public boolean stable() {
		return this.trafficErlangs < this.agents;
	}

	/** Occupancy A / N (1 when unstable). */
	public double occupancy() {
		return Math.min(1.0, this.trafficErlangs / this.agents);
	}

	/** Probability that an arriving caller has to wait, P(W &gt; 0). */
	public double probabilityOfWait() {
		if (!stable()) {
			return 1.0;
		}
		double b = erlangB(this.agents, this.trafficErlangs);
		return this.agents * b / (this.agents - this.trafficErlangs * (1 - b));
	}

	/** Service level P(W ≤ t) = 1 − C·e^(−(N−A)·t/h). */
	public double serviceLevel(double thresholdSeconds) {
		if (!stable()) {
			return 0.0;
		}
		return 1.0 - probabilityOfWait()
				* Math.exp(-(this.agents - this.trafficErlangs) * thresholdSeconds / this.meanHandleSeconds);
	}

	/** Average speed of answer C·h / (N − A); infinite when unstable. */
	public double asaSeconds() {
		if (!stable()) {
			return Double.POSITIVE_INFINITY;
		}
		return probabilityOfWait() * this.meanHandleSeconds / (this.agents - this.trafficErlangs);
	}

}
