package org.switchboard.engine.metrics;

import java.time.Instant;

import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/** Mutable counts and nanosecond sums behind one {@link AgentFigures} row. */
final class AgentAccumulator {

	final String agentId;

	final long intervalStartSecond;

	long handled;

	long transferred;

	long talkNanos;

	long holdNanos;

	long acwNanos;

	final long[] stateNanos = new long[AgentStateName.values().length];

	AgentAccumulator(String agentId, long intervalStartSecond) {
		this.agentId = agentId;
		this.intervalStartSecond = intervalStartSecond;
	}

	AgentFigures snapshot() {
		return new AgentFigures(this.agentId, Instant.ofEpochSecond(this.intervalStartSecond), this.handled,
				this.transferred, QueueAccumulator.seconds(this.talkNanos), QueueAccumulator.seconds(this.holdNanos),
				QueueAccumulator.seconds(this.acwNanos), state(AgentStateName.READY), state(AgentStateName.RESERVED),
				state(AgentStateName.ON_CALL), state(AgentStateName.HOLD), state(AgentStateName.WRAP_UP),
				state(AgentStateName.NOT_READY));
	}

	private double state(AgentStateName name) {
		return QueueAccumulator.seconds(this.stateNanos[name.ordinal()]);
	}

}
