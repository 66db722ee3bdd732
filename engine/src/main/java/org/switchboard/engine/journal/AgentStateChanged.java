package org.switchboard.engine.journal;

import java.time.Instant;

/**
 * An agent moved between states. {@code reason} is the not-ready reason code (data, not
 * an enum) or null; {@code contactId} is the contact that caused the change, if any.
 */
public record AgentStateChanged(Instant at, String agentId, AgentStateName from, AgentStateName to, String reason,
		String contactId) implements EngineEvent {

	@Override
	public String type() {
		return "AGENT_STATE_CHANGED";
	}

	/** The agent states, in the order of a normal working cycle. */
	public enum AgentStateName {

		LOGGED_OUT, NOT_READY, READY, RESERVED, ON_CALL, HOLD, WRAP_UP

	}

}
