package org.switchboard.engine.agent;

import java.time.Duration;
import java.time.Instant;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

/**
 * One agent's live state and the counters routing strategies read. Every move goes
 * through {@link #moveTo} and yields the journal event for it; moves the state machine
 * forbids throw {@link IllegalAgentTransitionException}. "Today" counters change only on
 * answer and call end, and reset only at {@link #startNewDay()}, never on a ready toggle.
 */
public final class Agent {

	/** Reason code given to an agent made NOT_READY by ring misses. */
	public static final String NO_ANSWER = "no answer";

	/** Reason code of a fresh login. */
	public static final String LOGGED_IN = "logged in";

	private final String id;

	private AgentStateName state = AgentStateName.LOGGED_OUT;

	private String reason;

	private String contactId;

	private Instant stateSince = Instant.EPOCH;

	private long idleSinceMillis;

	private final AgentDay day = new AgentDay();

	private int consecutiveMisses;

	private String pendingNotReady;

	private boolean pendingLogout;

	public Agent(String id) {
		this.id = id;
	}

	/**
	 * Moves to {@code to}; {@code reason} is the NOT_READY reason code, {@code contactId}
	 * the contact behind the move (kept while RESERVED, ON_CALL or HOLD).
	 */
	public AgentStateChanged moveTo(AgentStateName to, String reason, String contactId, Instant now) {
		AgentStateName from = this.state;
		if (!AgentTransitions.allowed(from, to)) {
			throw new IllegalAgentTransitionException(this.id, from, to);
		}
		long nowMillis = now.toEpochMilli();
		if (to == AgentStateName.ON_CALL && from == AgentStateName.RESERVED) {
			this.consecutiveMisses = 0;
		}
		this.day.moved(from, to, nowMillis);
		if (to == AgentStateName.READY) {
			this.idleSinceMillis = nowMillis;
		}
		if (to == AgentStateName.LOGGED_OUT) {
			this.pendingLogout = false;
			this.pendingNotReady = null;
		}
		if (to == AgentStateName.NOT_READY) {
			this.pendingNotReady = null;
		}
		this.state = to;
		this.reason = (to == AgentStateName.NOT_READY) ? reason : null;
		this.contactId = AgentTransitions.engaged(to) || to == AgentStateName.WRAP_UP ? contactId : null;
		this.stateSince = now;
		return new AgentStateChanged(now, this.id, from, to, this.reason, contactId);
	}

	/** Counts an unanswered offer and returns the misses in a row. */
	public int recordMiss() {
		return ++this.consecutiveMisses;
	}

	/** Resets the "today" counters at the center's midnight. */
	public void startNewDay() {
		this.day.startNewDay();
	}

	/**
	 * Replaces the "today" counters with {@code calls} and {@code talkMillis} counted
	 * before a restart.
	 */
	public void restoreDay(int calls, long talkMillis) {
		this.day.restore(calls, talkMillis);
	}

	/** Remembers a not-ready request made while busy; applied when the agent is free. */
	public void requestNotReady(String reason) {
		this.pendingNotReady = reason;
	}

	/** Remembers a logout request made while busy; applied when the agent is free. */
	public void requestLogout() {
		this.pendingLogout = true;
	}

	public String id() {
		return this.id;
	}

	public AgentStateName state() {
		return this.state;
	}

	public String reason() {
		return this.reason;
	}

	public String contactId() {
		return this.contactId;
	}

	public Instant stateSince() {
		return this.stateSince;
	}

	/** When the agent last became READY, in epoch milliseconds. */
	public long idleSinceMillis() {
		return this.idleSinceMillis;
	}

	public int callsToday() {
		return this.day.calls();
	}

	public long talkMillisToday() {
		return this.day.talkMillis();
	}

	public Duration talkTimeToday() {
		return this.day.talkTime();
	}

	public int consecutiveMisses() {
		return this.consecutiveMisses;
	}

	public String pendingNotReady() {
		return this.pendingNotReady;
	}

	public boolean pendingLogout() {
		return this.pendingLogout;
	}

	public boolean loggedIn() {
		return this.state != AgentStateName.LOGGED_OUT;
	}

	@Override
	public String toString() {
		return this.id + "[" + this.state + "]";
	}

}
