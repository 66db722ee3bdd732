package org.switchboard.engine.metrics;

/**
 * The service-level variants in use across the industry, each with the name printed next
 * to its figure. {@link #OFFERED} is Switchboard's default (see docs/metrics.md).
 */
public enum ServiceLevelFormula {

	/** Answered within threshold / offered: every caller who waited counts. */
	OFFERED("answered-within-threshold / offered"),

	/** Answered within threshold / (offered − short abandons). */
	OFFERED_MINUS_SHORT_ABANDONS("answered-within-threshold / (offered - short-abandons)"),

	/**
	 * (Answered within + abandoned within threshold) / (answered + abandoned), Asterisk's
	 * SL2.
	 */
	ANSWERED_AND_ABANDONED("(answered-within-threshold + abandoned-within-threshold) / (answered + abandoned)"),

	/**
	 * Answered within threshold / answered, Asterisk's SL and Wazo's quality of service.
	 */
	ANSWERED("answered-within-threshold / answered");

	private final String label;

	ServiceLevelFormula(String label) {
		this.label = label;
	}

	/** The formula spelled out, to print beside the number. */
	public String label() {
		return this.label;
	}

	/**
	 * The service level of {@code f} under this formula; NaN when the denominator is 0.
	 */
	public double of(QueueFigures f) {
		return switch (this) {
			case OFFERED -> ratio(f.answeredWithinThreshold(), f.offered());
			case OFFERED_MINUS_SHORT_ABANDONS -> ratio(f.answeredWithinThreshold(), f.offered() - f.shortAbandons());
			case ANSWERED_AND_ABANDONED ->
				ratio(f.answeredWithinThreshold() + f.abandonedWithinThreshold(), f.answered() + f.abandoned());
			case ANSWERED -> ratio(f.answeredWithinThreshold(), f.answered());
		};
	}

	static double ratio(double numerator, double denominator) {
		return (denominator == 0) ? Double.NaN : numerator / denominator;
	}

}
