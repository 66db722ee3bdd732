package org.switchboard.engine.sim;

import java.util.random.RandomGenerator;

/** A distribution of durations in seconds: handle times and caller patience. */
public sealed interface Distribution {

	/** Draws one value in seconds. */
	double sample(RandomGenerator random);

	/** The mean in seconds. */
	double meanSeconds();

	/** The name used in scenarios. */
	String name();

	/** Exponential with the given mean (memoryless: what Erlang C assumes). */
	record Exponential(double meanSeconds) implements Distribution {

		@Override
		public double sample(RandomGenerator random) {
			return random.nextExponential() * this.meanSeconds;
		}

		@Override
		public String name() {
			return "exponential";
		}

	}

	/**
	 * Lognormal with the given mean and standard deviation (of the durations, not of
	 * their logarithms): σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
	 */
	record Lognormal(double meanSeconds, double sdSeconds, double mu, double sigma) implements Distribution {

		public static Lognormal of(double meanSeconds, double sdSeconds) {
			double variance = Math.log(1 + (sdSeconds * sdSeconds) / (meanSeconds * meanSeconds));
			return new Lognormal(meanSeconds, sdSeconds, Math.log(meanSeconds) - variance / 2, Math.sqrt(variance));
		}

		@Override
		public double sample(RandomGenerator random) {
			return Math.exp(this.mu + this.sigma * random.nextGaussian());
		}

		@Override
		public String name() {
			return "lognormal";
		}

	}

	/** Always the same value. */
	record Constant(double meanSeconds) implements Distribution {

		@Override
		public double sample(RandomGenerator random) {
			return this.meanSeconds;
		}

		@Override
		public String name() {
			return "constant";
		}

	}

	/**
	 * Reads {@code {distribution: exponential|lognormal|constant, meanSeconds: m}}
	 * (lognormal also {@code sdSeconds}).
	 */
	static Distribution read(Node node) {
		String kind = node.string("distribution");
		Distribution result = switch (kind) {
			case "exponential" -> new Exponential(node.positive("meanSeconds"));
			case "constant" -> new Constant(node.nonNegative("meanSeconds"));
			case "lognormal" -> Lognormal.of(node.positive("meanSeconds"), node.positive("sdSeconds"));
			default -> throw node.problem("distribution",
					"unknown value '" + kind + "'; use exponential, lognormal or constant");
		};
		node.done();
		return result;
	}

}
