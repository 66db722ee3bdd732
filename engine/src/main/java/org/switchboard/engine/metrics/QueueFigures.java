package org.switchboard.engine.metrics;

import java.time.Instant;

/**
 * What happened to the contacts that entered one queue, in one interval or a whole
 * period: counts and sums in seconds, from which every average and rate below is derived.
 * A contact belongs to the interval in which it entered the queue (docs/metrics.md).
 *
 * @param queue the queue name
 * @param intervalStart start of the interval, or null for a whole period
 * @param offered contacts that entered the queue
 * @param answered contacts answered by an agent from this queue
 * @param abandoned contacts whose caller hung up while waiting or ringing
 * @param shortAbandons abandoned after waiting at most the short-abandon threshold
 * @param removed contacts that left unanswered otherwise (overflow, system disconnect)
 * @param answeredWithinThreshold answered after waiting at most the service-level
 * threshold
 * @param abandonedWithinThreshold abandoned after waiting at most the service-level
 * threshold
 * @param transferred answered contacts that the agent transferred away
 * @param offerFailures offers to agents that ended without an answer
 * @param waitAnsweredSeconds sum of queue-entry→answer times of answered contacts
 * @param waitAbandonedSeconds sum of queue-entry→abandon times of abandoned contacts
 * @param ringSeconds sum of offer→answer times of answered contacts
 * @param talkSeconds sum of talk time (answer→end or transfer, minus hold)
 * @param holdSeconds sum of hold time
 * @param afterCallWorkSeconds sum of the answering agents' wrap-up time
 */
public record QueueFigures(String queue, Instant intervalStart, long offered, long answered, long abandoned,
		long shortAbandons, long removed, long answeredWithinThreshold, long abandonedWithinThreshold, long transferred,
		long offerFailures, double waitAnsweredSeconds, double waitAbandonedSeconds, double ringSeconds,
		double talkSeconds, double holdSeconds, double afterCallWorkSeconds) {

	/**
	 * Contacts still waiting (or never resolved) when the report was made: offered −
	 * answered − abandoned − removed.
	 */
	public long open() {
		return this.offered - this.answered - this.abandoned - this.removed;
	}

	/** Contacts handled by an agent; equal to {@link #answered()}. */
	public long handled() {
		return this.answered;
	}

	/** Service level under the default formula, {@link ServiceLevelFormula#OFFERED}. */
	public double serviceLevel() {
		return ServiceLevelFormula.OFFERED.of(this);
	}

	/** Service level under {@code formula}. */
	public double serviceLevel(ServiceLevelFormula formula) {
		return formula.of(this);
	}

	/** Average speed of answer: wait of answered contacts / answered. */
	public double asaSeconds() {
		return ServiceLevelFormula.ratio(this.waitAnsweredSeconds, this.answered);
	}

	/** Average ring time of answered contacts. */
	public double averageRingSeconds() {
		return ServiceLevelFormula.ratio(this.ringSeconds, this.answered);
	}

	/** ATT: talk / answered. */
	public double averageTalkSeconds() {
		return ServiceLevelFormula.ratio(this.talkSeconds, this.answered);
	}

	/** Average hold per answered contact (not per held contact). */
	public double averageHoldSeconds() {
		return ServiceLevelFormula.ratio(this.holdSeconds, this.answered);
	}

	/** ACW: after-call work / answered. */
	public double averageAfterCallWorkSeconds() {
		return ServiceLevelFormula.ratio(this.afterCallWorkSeconds, this.answered);
	}

	/** AHT = (talk + hold + ACW) / handled. */
	public double averageHandleSeconds() {
		return ServiceLevelFormula.ratio(this.talkSeconds + this.holdSeconds + this.afterCallWorkSeconds, handled());
	}

	/** Abandoned / offered. */
	public double abandonRate() {
		return ServiceLevelFormula.ratio(this.abandoned, this.offered);
	}

	/** Transferred / answered. */
	public double transferRate() {
		return ServiceLevelFormula.ratio(this.transferred, this.answered);
	}

	/** Average wait of abandoned contacts before they hung up. */
	public double averageAbandonWaitSeconds() {
		return ServiceLevelFormula.ratio(this.waitAbandonedSeconds, this.abandoned);
	}

	/**
	 * The sum of {@code this} and {@code other}, keeping this queue name, for a period.
	 */
	public QueueFigures plus(QueueFigures o) {
		return new QueueFigures(this.queue, null, this.offered + o.offered, this.answered + o.answered,
				this.abandoned + o.abandoned, this.shortAbandons + o.shortAbandons, this.removed + o.removed,
				this.answeredWithinThreshold + o.answeredWithinThreshold,
				this.abandonedWithinThreshold + o.abandonedWithinThreshold, this.transferred + o.transferred,
				this.offerFailures + o.offerFailures, this.waitAnsweredSeconds + o.waitAnsweredSeconds,
				this.waitAbandonedSeconds + o.waitAbandonedSeconds, this.ringSeconds + o.ringSeconds,
				this.talkSeconds + o.talkSeconds, this.holdSeconds + o.holdSeconds,
				this.afterCallWorkSeconds + o.afterCallWorkSeconds);
	}

	/** Nothing counted yet. */
	public static QueueFigures empty(String queue, Instant intervalStart) {
		return new QueueFigures(queue, intervalStart, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
