package org.switchboard.engine.metrics;

import java.time.Instant;

/**
 * One agent's work in one interval or a whole period. Contact counts and contact sums
 * belong to the interval in which the agent answered; state seconds are split exactly
 * across interval boundaries (docs/metrics.md).
 *
 * @param agentId the agent
 * @param intervalStart start of the interval, or null for a whole period
 * @param handled contacts the agent answered
 * @param transferred of those, contacts the agent transferred away
 * @param talkSeconds talk time of those contacts (hold excluded)
 * @param holdSeconds hold time of those contacts
 * @param afterCallWorkSeconds wrap-up time after those contacts
 * @param readySeconds time in READY (idle, waiting for a contact)
 * @param reservedSeconds time in RESERVED (a contact ringing)
 * @param onCallSeconds time in ON_CALL
 * @param onHoldSeconds time in HOLD
 * @param wrapUpSeconds time in WRAP_UP
 * @param notReadySeconds time in NOT_READY
 */
public record AgentFigures(String agentId, Instant intervalStart, long handled, long transferred, double talkSeconds,
		double holdSeconds, double afterCallWorkSeconds, double readySeconds, double reservedSeconds,
		double onCallSeconds, double onHoldSeconds, double wrapUpSeconds, double notReadySeconds) {

	/** Every state but LOGGED_OUT. */
	public double loggedInSeconds() {
		return this.readySeconds + this.reservedSeconds + this.onCallSeconds + this.onHoldSeconds + this.wrapUpSeconds
				+ this.notReadySeconds;
	}

	/** Time in ON_CALL, HOLD and WRAP_UP. */
	public double busySeconds() {
		return this.onCallSeconds + this.onHoldSeconds + this.wrapUpSeconds;
	}

	/** Occupancy = busy / (busy + ready), from agent states. */
	public double occupancy() {
		return ServiceLevelFormula.ratio(busySeconds(), busySeconds() + this.readySeconds);
	}

	/** Utilization = ON_CALL time / logged-in time, from agent states. */
	public double utilization() {
		return ServiceLevelFormula.ratio(this.onCallSeconds, loggedInSeconds());
	}

	/** AHT of this agent's contacts = (talk + hold + ACW) / handled. */
	public double averageHandleSeconds() {
		return ServiceLevelFormula.ratio(this.talkSeconds + this.holdSeconds + this.afterCallWorkSeconds, this.handled);
	}

	/** The sum of this and {@code o}, keeping this agent id (or {@code agentId}). */
	public AgentFigures plus(AgentFigures o, String agentId) {
		return new AgentFigures(agentId, null, this.handled + o.handled, this.transferred + o.transferred,
				this.talkSeconds + o.talkSeconds, this.holdSeconds + o.holdSeconds,
				this.afterCallWorkSeconds + o.afterCallWorkSeconds, this.readySeconds + o.readySeconds,
				this.reservedSeconds + o.reservedSeconds, this.onCallSeconds + o.onCallSeconds,
				this.onHoldSeconds + o.onHoldSeconds, this.wrapUpSeconds + o.wrapUpSeconds,
				this.notReadySeconds + o.notReadySeconds);
	}

	/** Nothing counted yet. */
	public static AgentFigures empty(String agentId, Instant intervalStart) {
		return new AgentFigures(agentId, intervalStart, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
