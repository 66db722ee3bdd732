package org.switchboard.engine.agent;

import java.time.Duration;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * One agent's "today" counters, counted from state moves alone: a contact answered
 * (RESERVED → ON_CALL) adds a call; leaving ON_CALL or HOLD for a free state adds the
 * time since that answer as talk time. {@link Agent} counts with it live, and a restarted
 * process folds the journal's {@link AgentStateChanged} events through it, so both give
 * the same figures.
 */
public final class AgentDay {

	private int calls;

	private long talkMillis;

	private long answeredAtMillis = Long.MIN_VALUE;

	/** Counts the move {@code from} → {@code to} made at {@code atMillis}. */
	public void moved(AgentStateName from, AgentStateName to, long atMillis) {
		if (to == AgentStateName.ON_CALL && from == AgentStateName.RESERVED) {
			this.calls++;
			this.answeredAtMillis = atMillis;
		}
		if (AgentTransitions.engaged(from) && from != AgentStateName.RESERVED && !AgentTransitions.engaged(to)
				&& this.answeredAtMillis != Long.MIN_VALUE) {
			this.talkMillis += Math.max(0, atMillis - this.answeredAtMillis);
		}
	}

	/** Counts a journalled move. */
	public void moved(AgentStateChanged event) {
		moved(event.from(), event.to(), event.at().toEpochMilli());
	}

	/**
	 * Starts a new day: counters back to zero; a call under way keeps its answer time.
	 */
	public void startNewDay() {
		this.calls = 0;
		this.talkMillis = 0;
	}

	/** Replaces the counters with figures counted elsewhere (e.g. before a restart). */
	public void restore(int calls, long talkMillis) {
		if (calls < 0 || talkMillis < 0) {
			throw new IllegalArgumentException(
					"calls and talk time must not be negative: " + calls + ", " + talkMillis + " ms");
		}
		this.calls = calls;
		this.talkMillis = talkMillis;
	}

	/** Contacts answered today. */
	public int calls() {
		return this.calls;
	}

	/** Talk and hold time today, in milliseconds. */
	public long talkMillis() {
		return this.talkMillis;
	}

	/** Talk and hold time today. */
	public Duration talkTime() {
		return Duration.ofMillis(this.talkMillis);
	}

}
